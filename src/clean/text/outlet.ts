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
/** "Sign up for ...", "Subscribe to ...", "... sign up for the X newsletter", "You received this email". */
const SIGN_UP =
  /^(?:sign\s*up|subscribe)\b(?!\s+(?:for|to)\s+(?:a|an|any)\b)|\b(?:sign\s*up|subscribe)\s+(?:for|to)\b.{0,80}\bnewsletters?\b|\byou\s+(?:received|are\s+receiving|got)\s+this\s+(?:e-?mail|newsletter|message)\b|^would\s+you\s+like\s+to\s+(?:receive|get)\b.{0,60}\b(?:notifications|updates|posts|e-?mails)\b/i;
/** Prompts to share, like, follow or support the outlet. */
const SUPPORT =
  /^(?:like\s+(?:it|this)\s*\?|pin\s+(?:this|it)\b|share\s+(?:this|it)\b.{0,40}$|support\s+(?:my|our)\s+(?:work|journalism|reporting|writing)\b|please\s+(?:consider\s+)?(?:sharing|liking|supporting|following|share|like|support|follow)\b|if\s+you\s+(?:liked|enjoyed|found|like|enjoy|value)\b.{0,120}\b(?:shar|subscrib|follow|support|donat|like)|the\s+best\s+way\s+to\s+support\b|your\s+support\s+(?:is|helps|makes)\b)/i;
/** Shopping buttons and sales calls: "Check price at ...", "Get the free e-book!", "Book a demo". */
const SALES =
  /^(?:(?:check|see|view|compare)\s+(?:the\s+)?(?:latest\s+|current\s+)?prices?\s+(?:at|on)\b.{0,30}|(?:buy|shop)\s+(?:now\s+)?(?:at|on|from)\s+\S.{0,30}|(?:try|get|start|book|request|download|claim|schedule|win)\b.{0,50}\b(?:free|demo|trial|quote|consultation|e-?book|discount|coupon)\b.{0,40}|talk\s+to\s+(?:our|an?)\s+(?:experts?|specialists?|team|advisers?|advisors?)\b.{0,20}|fill\s+(?:out|in)\s+the\s+form\b.{0,120})$/i;
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
const AD_LABEL = /^(?:advertisement|sponsored(?:\s+(?:by|content|post))?|paid\s+(?:content|post|partner(?:ship)?)|partner\s+content|promoted\s+(?:by|content)|ad\s+feedback|story\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:ad|advertisement))?|scroll\s+to\s+continue(?:\s+with\s+content)?)\b\s*(?:[:|·–—-].{0,80})?$/i;
/** Lead-ins to other stories: "More from the author:", "More by Jane Doe", "Read more of our articles". */
const MORE_FROM =
  /^(?:more\s+(?:by|from)\s+(?:the\s+author|this\s+author|our\s+\S.{0,30}|\p{Lu}.{0,40})|read\s+more\s+(?:of\s+our|from\s+our|articles|stories|posts)\b.{0,30}|more\s+(?:articles|posts|stories)\s+(?:like\s+this|by\s+\S.{0,30}|from\s+\S.{0,30})|other\s+(?:stories|articles|news)(?:\s+you\s+may\s+like)?|related\s+(?:headlines|reading|links))\s*:?$/iu;

export type OutletLine = 'newsletter' | 'support' | 'sales' | 'disclosure' | 'policy' | 'cookies' | 'ad' | 'more';

/** Which kind of outlet boilerplate a line is, or null. Bounded by length: long prose is kept. */
export function outletLineKind(text: string, words: number): OutletLine | null {
  if (words > 60) return null;
  if (words <= 14 && AD_LABEL.test(text)) return 'ad';
  if (words <= 12 && MORE_FROM.test(text)) return 'more';
  if (POLICY.test(text)) return 'policy';
  if (DISCLOSURE.test(text)) return 'disclosure';
  if (COOKIES.test(text)) return 'cookies';
  if (words <= 40 && (NEWSLETTER.test(text) || PRIVACY_PROMISE.test(text) || SIGN_UP.test(text))) return 'newsletter';
  if (words <= 40 && SUPPORT.test(text)) return 'support';
  if (words <= 25 && SALES.test(text)) return 'sales';
  return null;
}

/**
 * An author's bio: "Jane Doe is a freelance writer ...", "John Roe is the founder of ...". Only
 * in the tail of the input (see `markOutletLines`): in the body such a line is news.
 */
const BIO =
  /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|was|has\s+been)\s+(?:a|an|the|our)\s+(?:[\p{L}-]+\s+){0,4}(?:writer|editor|reporter|journalist|correspondent|contributor|columnist|author|blogger|founder|co-founder|ceo|expert|researcher|freelancer|producer|photographer|critic|strategist|consultant|instructor)\b/u;
/** A short question or call addressed to the reader: "What do you think?", "Ready for more?". */
const READER_CALL = /[?!]['"”’]*$/u;
const ADDRESSED = /\b(?:you|your|more|this\s+(?:post|issue|article|story|newsletter))\b/i;

/** Body words after a line that still leave it in the tail of the input. */
const TAIL_WORDS = 25;

/**
 * Mark outlet boilerplate among the body, bullet and heading lines: chrome (label
 * `outlet:<kind>`). A "More from ..." lead-in is not an article end: a sidebar of links may
 * stand before the article's last paragraph; the headlines after it are headline runs.
 * In the tail of the input (fewer than 25 words of body text after the line: a sentence or two),
 * an author's bio and a short question or call addressed to the reader are chrome too.
 */
export function markOutletLines(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind !== 'body' && l.kind !== 'bullet' && l.kind !== 'heading') continue;
    const kind = outletLineKind(l.text, l.words);
    if (!kind) continue;
    l.kind = 'chrome';
    l.label = `outlet:${kind}`;
  }
  let after = 0;
  for (let i = lines.length - 1; i >= 0 && after < TAIL_WORDS + 60; i--) {
    const l = lines[i]!;
    if (l.kind !== 'body' && l.kind !== 'bullet' && l.kind !== 'heading') continue;
    if (after < TAIL_WORDS) {
      const call = l.words <= 8 && READER_CALL.test(l.text) && ADDRESSED.test(l.text);
      const bio = l.words <= 60 && BIO.test(l.text);
      if (call || bio) {
        l.kind = 'chrome';
        l.label = bio ? 'outlet:bio' : 'outlet:call';
        continue;
      }
    }
    if (l.kind === 'body' || l.kind === 'bullet') after += l.words;
  }
}
