export { syntaxStage } from './stage.js';
export { buildSyntax, clauseMapOf, clausesOfSentence, sentenceClauses } from './layer.js';
export { splitClauses, clauseWords, attributionStart, type Clause, type ClauseMap } from './clauses.js';
export { sentenceViews, type SentenceView, type MentionRef, type Word } from './sentence-view.js';
