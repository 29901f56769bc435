/**
 * The outlet's own boilerplate lines in scraped plain text: newsletter and subscription
 * prompts, affiliate and editorial disclosures, comment-policy and standards notes, cookie
 * notices, ad labels, and "More from ..." lead-ins to other stories. These are addressed to the
 * reader about the site, not sentences of the article, so they never reach the text (where
 * they would become events and quotes).
 *
 * Each rule needs a cue that is about the page itself (first or second person addressed to the
 * reader: "Sign up", "we may earn", "your inbox") plus a bounded length, so an article that
 * reports on newsletters or commissions keeps its sentences.
 */
import type { Line } from './types.js';

/** Newsletter and subscription prompts: an imperative or a promise, with a subscription word. */
const NEWSLETTER =
  /^(?:(?:please\s+)?(?:sign\s*up|subscribe|join|get|enter|stay|receive|want|don['’]t\s+miss|never\s+miss|be\s+the\s+first|click|register|keep\s+up|follow|like\s+what\s+you|enjoy(?:ed)?|love|thanks?\s+for\s+reading|if\s+you\s+(?:liked|enjoyed))\b.{0,200}\b(?:newsletters?|subscribe|subscribers?|subscription|sign\s*up|inbox|mailing\s+list|e-?mails?|updates|alerts|digest)\b|^(?:newsletter|subscribe)\s*[:|-])/i;
/** "We will never sell your information", "Unsubscribe at any time", "We respect your privacy". */
const PRIVACY_PROMISE =
  /\b(?:we\s+(?:will\s+)?(?:never|won['’]t|do\s+not|don['’]t)\s+(?:sell|share|spam)|unsubscribe\s+at\s+any\s+time|we\s+respect\s+your\s+privacy|no\s+spam\b)/i;
/** Affiliate and editorial disclosures. */
const DISCLOSURE =
  /\b(?:(?:we|i)\s+may\s+(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commissions?|compensation|a\s+share)|(?:contains?|uses?|includes?|through|via)\s+affiliate\s+links?|affiliate\s+links?\s+(?:in|on)\s+this|reader-supported|(?:products|items)\s+(?:are|were)\s+(?:chosen|selected|picked)\s+independently|we\s+independently\s+(?:research|test|review|evaluate|select|choose)|our\s+(?:reviewers|editors)\s+(?:independently\s+)?(?:research|test|select|choose)\b.{0,40}\bindependently)/i;
/** Notes on comments and standards: "We welcome comments ...", "Our Standards: ...". */
const POLICY =
  /^(?:we\s+welcome\s+(?:your\s+)?(?:comments|feedback|letters)|comments\s+are\s+(?:moderated|closed|welcome)|our\s+standards\s*:|please\s+(?:read|review|see)\s+our\s+(?:comment|community)|(?:see|read)\s+our\s+(?:full\s+)?comment\s+policy|please\s+(?:keep|be)\s+(?:comments|respectful|civil)|remember\s+to\s+post\s+with|please\s+do\s+not\s+enter\s+your\s+email)/i;
/** Cookie notices. */
const COOKIES = /\b(?:we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|by\s+(?:clicking|continuing|using)\b.{0,80}\b(?:cookies|consent\s+to))/i;
/** Ad labels with a little more on the line: "Advertisement: ...", "Sponsored by ...". */
const AD_LABEL = /^(?:advertisement|advertising|sponsored(?:\s+(?:by|content|post))?|paid\s+(?:content|post|partner(?:ship)?)|partner\s+content|promoted\s+(?:by|content)|ad\s+feedback|story\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:ad|advertisement))?|scroll\s+to\s+continue(?:\s+with\s+content)?)\b\s*(?:[:|·–—-].{0,80})?$/i;
/** Lead-ins to other stories: "More from the author:", "More by Jane Doe", "Read more of our articles". */
const MORE_FROM =
  /^(?:more\s+(?:by|from)\s+(?:the\s+author|this\s+author|our\s+\S.{0,30}|\p{Lu}.{0,40})|read\s+more\s+(?:of\s+our|from\s+our|articles|stories|posts)\b.{0,30}|more\s+(?:articles|posts|stories)\s+(?:like\s+this|by\s+\S.{0,30}|from\s+\S.{0,30})|other\s+(?:stories|articles|news)(?:\s+you\s+may\s+like)?|related\s+(?:headlines|reading|links))\s*:?$/iu;

export type OutletLine = 'newsletter' | 'disclosure' | 'policy' | 'cookies' | 'ad' | 'more';

/** Which kind of outlet boilerplate a line is, or null. Bounded by length: long prose is kept. */
export function outletLineKind(text: string, words: number): OutletLine | null {
  if (words > 60) return null;
  if (words <= 14 && AD_LABEL.test(text)) return 'ad';
  if (words <= 12 && MORE_FROM.test(text)) return 'more';
  if (POLICY.test(text)) return 'policy';
  if (DISCLOSURE.test(text)) return 'disclosure';
  if (COOKIES.test(text)) return 'cookies';
  if (words <= 40 && (NEWSLETTER.test(text) || PRIVACY_PROMISE.test(text))) return 'newsletter';
  return null;
}

/**
 * Mark outlet boilerplate among the body, bullet and heading lines: chrome (label
 * `outlet:<kind>`), and "More from ..." lead-ins become article ends (the other stories follow).
 */
export function markOutletLines(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind !== 'body' && l.kind !== 'bullet' && l.kind !== 'heading') continue;
    const kind = outletLineKind(l.text, l.words);
    if (!kind) continue;
    l.kind = kind === 'more' ? 'end' : 'chrome';
    l.label = `outlet:${kind}`;
  }
}
