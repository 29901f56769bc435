/**
 * Line classification: is a line part of the article, page chrome, or metadata?
 *
 * General cues only: known widget words ("Short Url", "Follow", "XS"), sentence punctuation,
 * word count and capitalisation, photo-credit parentheses, "FILE - " caption prefixes,
 * "Read More:" teasers, agency credits, desk and byline lines. A line that ends like a sentence
 * is kept unless one of the explicit caption/teaser/credit rules matches it, so short real
 * sentences ("He declined to comment.") survive. Context rules (repeated lines, runs of menu
 * items) are in context.ts.
 */
import { isRelativeTime, readDateLine, readLeadingDate, readMetaLine } from './dates.js';
import type { DateHit, LineKind } from './types.js';

export interface Classified {
  kind: LineKind;
  label?: string;
  date?: DateHit | null;
  name?: string;
}

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
export const ENDS_SENTENCE = /[.!?…。]['"”’»)\]]*$/u;

/** Widget and navigation labels, compared after lowercasing and dropping punctuation. */
const WIDGETS = new Set(
  [
    'accessibility links', 'skip to content', 'skip to main content', 'skip to navigation', 'jump to',
    'breaking news', 'breaking', 'live', 'latest', 'trending', 'trending now', 'just in', 'developing story',
    'short url', 'short link', 'shortlink', 'permalink', 'follow', 'follow us', 'unfollow', 'following',
    'share', 'share this', 'share this article', 'share this story', 'share article', 'shares', 'tweet',
    'email', 'e mail', 'print', 'print this page', 'copy link', 'link copied', 'copy url', 'copied',
    'comment', 'comments', 'save', 'saved', 'bookmark', 'menu', 'main menu', 'open menu', 'close menu',
    'search', 'close', 'open', 'home', 'homepage', 'subscribe', 'subscribe now', 'sign in', 'sign up',
    'log in', 'login', 'logout', 'log out', 'register', 'my account', 'account',
    'advertisement', 'advertisment', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted',
    'read more', 'see more', 'show more', 'load more', 'view more', 'more', 'next', 'previous', 'prev',
    'next article', 'previous article', 'back', 'back to top', 'top', 'go to top',
    'listen', 'listen to this article', 'listen to article', 'play', 'pause', 'mute', 'unmute',
    'watch', 'watch video', 'video', 'videos', 'photos', 'photo', 'gallery', 'image', 'images',
    'loading', 'please wait', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl', 'a', 'aa', 'font size', 'text size',
    'newsletter', 'newsletters', 'cookie settings', 'accept', 'accept all', 'reject all', 'decline',
    'privacy policy', 'terms of use', 'terms of service', 'terms and conditions', 'contact us', 'about us',
    'facebook', 'twitter', 'x', 'instagram', 'whatsapp', 'linkedin', 'telegram', 'youtube', 'reddit',
    'pinterest', 'tiktok', 'threads', 'messenger', 'rss', 'toggle navigation', 'toggle menu',
    'click here', 'continue reading', 'story continues below', 'advertisement story continues below',
    'zoom', 'zoom in', 'zoom out', 'expand', 'collapse', 'fullscreen', 'full screen', 'enlarge',
    'view comments', 'add comment', 'post comment', 'edit', 'report', 'translate', 'dark mode', 'light mode',
  ],
);

/** "1 / 2", "3 of 12", "Image 2 of 5", "5 min read", "00:45" (a video duration). */
const COUNTER =
  /^(?:(?:image|photo|picture|slide|video|graphic)s?\s*)?\d+\s*(?:\/|of)\s*\d+$|^\d+\s*(?:min(?:ute)?s?|sec(?:ond)?s?)\.?\s+(?:read|watch|listen)$|^\d{1,2}:\d{2}(?::\d{2})?$/i;

/** Trailing photo credit in parentheses: "(Photo courtesy: X)", "(AP Photo/Y)", "(File)". */
const CREDIT_PAREN =
  /\(\s*[^()]*\b(?:photos?|photograph|pic|image|picture|courtesy|handout|file|getty|shutterstock|credit|screengrab|screenshot)\b[^()]*\)\s*\.?$/iu;
/** Trailing agency credit, case-sensitive: "(... via Reuters)", "(Reuters)", "(AFP/John Smith)". */
const AGENCY_PAREN =
  /\(\s*(?:[^()]*\b[Vv]ia\s+(?:\p{Lu}[\p{L}.&'’-]*\s*){1,4}|(?:[^()]*[/|]\s*)?(?:AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Xinhua|XINHUA|Anadolu|TASS|Sputnik|Bloomberg|PTI|ANI|APP|IANS|UPI|dpa|Getty Images|Associated Press|Agence France-Presse)(?:\s*[/,]\s*[^()]*)?)\s*\)\s*\.?$/u;
/** "Photo: X", "Image credit: Y", "Photograph: Z" at the start or after the caption. */
const CREDIT_LABEL =
  /(?:^(?:photos?|photograph|image|picture|pic|file photo|credit|courtesy)(?:\s+(?:credit|by|courtesy))?\s*:\s*\S[^!?]{0,80}$)|(?:(?:[.!?]\s|\s[|–—-]\s)(?:photos?|photograph|image|picture|pic|file photo|credit|courtesy)(?:\s+(?:credit|by|courtesy))?\s*:\s*\S[^.!?]{0,80}$)/i;
/** Agency caption conventions: "FILE - ...", "FILE PHOTO: ...". Case-sensitive on purpose. */
const FILE_CAPTION = /^(?:FILE(?: PHOTO)?|PHOTO|IMAGE|PICTURE)\s*[-–—:]\s+\S/u;

/** "Read More: ...", "ALSO READ | ...", "Related: ...", "Watch: ...". */
const TEASER =
  /^(?:read\s+more|read\s+also|also\s+read|read|see\s+also|also\s+see|related(?:\s+(?:story|article|news|reading|coverage))?|recommended|more(?:\s+(?:on|news|stories))?|watch|listen|must\s+read|don['’]t\s+miss|suggested(?:\s+reading)?|click\s+here|(?:previous|next|prev|older|newer)(?:\s+(?:post|article|story|entry))?)\s*(?:[:|»>›]|[-–—]\s)\s*\S/i;

/** Credits for the wire or the reporting: "Via APP with additional inputs from GVS", "Reporting by ...". */
const CREDIT =
  /^\(?\s*(?:via\s+\S+(?:\s+(?:with|and)\s+(?:additional\s+)?inputs?\s+(?:from|by)\b.*)?|(?:with\s+)?(?:additional\s+)?(?:inputs?|reporting|writing|editing|translated)\s+(?:from|by)\b.*|(?:sources?|courtesy)\s*:.*|(?:with|additional)\s+inputs?\b.*|(?:agencies|news\s+agencies|wires?)\)?)\s*\)?\.?$/i;

/** Desk lines: "News Desk:", "Web Desk", "Staff Report", "Our Correspondent", "Monitoring Desk". */
const DESK =
  /^((?:[\p{Lu}][\p{L}&.'’-]*\s+){0,3}(?:desk|staff|bureau|correspondents?|reporters?|report|monitoring|news\s+service|web\s+team|news\s+network))\s*:?$/iu;

/** "By John Smith", "Written by Jane Doe | Reuters". */
const BYLINE = /^(?:by|written\s+by|words\s+by|story\s+by|reported\s+by|author\s*:)\s+(.+)$/i;

/** A name followed by a metadata label on one line. */
const NAMED_META = /^(.{3,60}?)\s*[|,•·-]?\s+((?:published|updated|posted|last\s+updated)\b.*)$/i;

/** A site header: "| Welcome to Site", "Welcome to Site |". */
const SITE_WELCOME = /^[|•·\s]*welcome\s+to\s+(.+?)[\s|•·!.]*$/i;
/** A copyright line: "© 2024 Site. All rights reserved." */
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*(.*?)(?:[.,]?\s*all rights reserved.*)?$/i;
const ALL_RIGHTS = /all rights reserved/i;

/** Where the article ends and a list of other stories or comments begins. */
const END_MARKER =
  /^(?:related\s+(?:articles|stories|news|posts|content|coverage|topics)|more\s+(?:stories|news|articles)(?:\s+from\b.*)?|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended\s+(?:for\s+you|stories|articles|reading)|most\s+(?:read|popular|viewed|shared)|read\s+next|up\s+next|leave\s+a\s+(?:reply|comment)|comments?\s*\(\d+\)|\d+\s+comments?|about\s+the\s+authors?|popular\s+(?:stories|posts|now)|latest\s+(?:news|stories|articles|posts)|editor['’]s\s+picks?|top\s+stories|in\s+case\s+you\s+missed\s+it)\s*:?$/i;

/** Prompts to follow, share or subscribe, and the legal lines under wire copy. */
const SOCIAL_PROMPT =
  /^(?:follow|like|join|subscribe|sign\s+up|share|connect\s+with)\b.{0,160}\b(?:facebook|twitter|instagram|linkedin|whatsapp|telegram|youtube|newsletter|sharing\s+options|google\s+news)\b/i;
const LEGAL =
  /all rights reserved|may not be (?:published|reproduced), broadcast|your email address will not be published|required fields are marked/i;
const MORE_LINK = /^(?:more|see\s+more|view\s+more|watch\s+more)\s+(?:from|videos?|stories|news|on|in|about)\b[^.!?]{0,40}(?:\.\.\.|…)?$/i;

const TAGS = /^(?:tags?|topics?|filed\s+under|categories|category|keywords|also\s+on)\s*:/i;

/** A line of menu items separated by "|", "·", "•", "»" (at least three short items). */
function isMenuLine(text: string): boolean {
  if (!/[|·•»›>]|\s\/\s/.test(text)) return false;
  const items = text.split(/\s*[|·•»›>]\s*|\s\/\s/).filter((s) => s.length > 0);
  return items.length >= 3 && items.every((s) => s.split(' ').length <= 4 && !ENDS_SENTENCE.test(s));
}

export function widgetKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Space-separated tokens holding a letter or digit (one pass, no allocation per word). */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (counted) continue;
    const alnum =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER_OR_DIGIT.test(text[i]!));
    if (alnum) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Share of words (with letters) that start with a capital letter: title case is near 1. */
export function capitalRatio(text: string): number {
  let words = 0;
  let caps = 0;
  let seenLetter = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      seenLetter = false;
      continue;
    }
    if (i === 0) seenLetter = false;
    if (seenLetter) continue;
    // The first letter of the word decides.
    if (c >= 65 && c <= 90) {
      words++;
      caps++;
      seenLetter = true;
    } else if (c >= 97 && c <= 122) {
      words++;
      seenLetter = true;
    } else if (c > 127 && LETTER.test(text[i]!)) {
      words++;
      if (UPPER.test(text[i]!)) caps++;
      seenLetter = true;
    }
  }
  return words === 0 ? 0 : caps / words;
}
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/**
 * Whether a line without sentence punctuation is still prose: long, mostly lower-case words
 * (a sentence that lost its period). Section subheadings are short; Title Case headlines fail
 * the capital test.
 */
export function isProse(text: string): boolean {
  const n = wordCount(text);
  if (n < 9) return false;
  const caps = capitalRatio(text);
  return caps < 0.4 || (n >= 12 && caps < 0.5);
}

/** "Name Surname", "Name Surname and Other Person": capitalised words, few of them. */
export function looksLikeNames(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w) => /^(?:\p{Lu}[\p{L}.'’-]*,?|and|&|de|van|von|der|al|el|bin|ibn|da|di|le|la)$/u.test(w));
}

/** Classify one logical line on its own. */
export function classifyLine(text: string, bullet: boolean, words = wordCount(text)): Classified {
  if (words === 0) return { kind: 'chrome' };
  if (words <= 6 && (WIDGETS.has(widgetKey(text)) || COUNTER.test(text) || isRelativeTime(text))) return { kind: 'chrome' };

  const meta = readMetaLine(text);
  if (meta) return { kind: 'meta', label: meta.label, date: meta.date };
  // "Baqir Sajjad Syed Published April 8, 2021 Updated about 5 hours ago": author and date.
  const named = words <= 20 ? NAMED_META.exec(text) : null;
  if (named && looksLikeNames(named[1]!)) {
    const rest = readMetaLine(named[2]!);
    if (rest) return { kind: 'byline', name: named[1]!.trim(), date: rest.date?.relative ? null : rest.date };
  }

  if (FILE_CAPTION.test(text) || CREDIT_PAREN.test(text) || AGENCY_PAREN.test(text) || CREDIT_LABEL.test(text)) {
    return { kind: 'caption', date: null };
  }
  if (TEASER.test(text)) return { kind: 'teaser' };
  // A teaser cut short by the site: "Mead School District will build 10th elementary school …".
  if (words <= 30 && /\s(?:…|\.\.\.)$/.test(text)) return { kind: 'teaser' };

  const site = SITE_WELCOME.exec(text);
  if (site && words <= 10) return { kind: 'site', name: site[1]!.replace(/[|•·]+$/, '').trim() };
  if ((/^(?:©|\(c\)\s|copyright\b)/i.test(text) || ALL_RIGHTS.test(text)) && words <= 20) {
    const m = COPYRIGHT.exec(text);
    const name = m?.[1]?.replace(/^[\s,.]+|[\s,.]+$/g, '') ?? '';
    return name && words <= 12 && !ALL_RIGHTS.test(name) ? { kind: 'site', name } : { kind: 'chrome' };
  }

  if (words <= 25 && CREDIT.test(text)) {
    // A wire credit closes the story; a "Source: ..." line under a chart does not.
    return /^\(?\s*(?:via\b|(?:with\s+)?(?:additional\s+)?(?:inputs?|reporting|writing|editing|translated)\b)/i.test(text)
      ? { kind: 'credit', label: 'wire' }
      : { kind: 'credit' };
  }
  const desk = DESK.exec(text);
  if (desk && words <= 5 && capitalRatio(text) === 1) return { kind: 'byline', name: desk[1]!.trim() };
  const by = BYLINE.exec(text);
  if (by && words <= 20) {
    // "By Jane Doe | Reuters", "Written by Ana Sandoiu on July 27, 2017", "By X/June 12, 2020".
    const parts = by[1]!.split(/\s*[|•·/]\s*|\s+[-–—]\s+|\s+on\s+(?=\S*\s*\d|\p{Lu})/u);
    const name = (parts[0] ?? '').replace(/,.*$/, '').trim();
    const rest = parts.slice(1).join(' ');
    const date = rest ? readDateLine(rest, true) : null;
    if (looksLikeNames(name)) return { kind: 'byline', name, date };
    if (date && words <= 12) return { kind: 'byline', date };
  }

  if (END_MARKER.test(text)) return { kind: 'end' };
  if (words <= 30 && SOCIAL_PROMPT.test(text)) return { kind: 'chrome' };
  if (words <= 60 && LEGAL.test(text)) return { kind: 'chrome' };
  if (words <= 6 && MORE_LINK.test(text)) return { kind: 'chrome' };
  if (TAGS.test(text) && words <= 30) return { kind: 'chrome' };
  if (isMenuLine(text)) return { kind: 'chrome' };

  const date = words <= 10 ? readDateLine(text, false) : null;
  if (date) return { kind: 'date', date };
  // A date line with a little more on it: "Dec 9, 2019 · 6 min read", "October 19, 2019 by IWB",
  // "February 24, 2020 | 9:25pm". The date must open the line, so a headline that ends in a
  // date ("Putin to visit Pakistan on October 18, 2023") is not taken for one.
  if (words <= 12 && !ENDS_SENTENCE.test(text)) {
    const lead = readLeadingDate(text);
    if (lead) return { kind: 'date', date: lead };
  }

  // A numbered list item ("3) Blade Runner The Final Cut") counts as a bullet.
  const listItem = bullet || /^\d{1,2}[.)]\s+\p{L}/u.test(text);
  if (ENDS_SENTENCE.test(text) || isProse(text)) return { kind: listItem ? 'bullet' : 'body' };
  // A lead-in to a quote or list: "He said:", "The statement read:".
  if (/:\s*$/.test(text) && words >= 4 && capitalRatio(text) < 0.5) return { kind: 'body' };
  if (listItem) return words >= 3 ? { kind: 'bullet' } : { kind: 'chrome' };
  // A line without letters in lower case that is not a headline: separators, "***", "ENDS".
  if (words === 1 && text.length <= 2) return { kind: 'chrome' };
  return { kind: 'heading' };
}
