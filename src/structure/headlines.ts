import { CLOSING_WORDS, TIME_OPENERS } from './vocabulary.js';
import { matchMarker } from './heading-markers.js';
import type { HeadingCandidate } from './detect-headings.js';
import { isBlank, lineText, type TextLine } from './lines.js';

/** Bounds of a headline sentence that opens a paragraph (`强化组织领导，把牢…“方向盘”。…`). */
const LEAD_MIN = 12;
const LEAD_MAX = 40;
/** Bounds of a headline that stands alone on its line. */
const ALONE_MIN = 4;
const ALONE_MAX = 30;
/** Fewer headlines than this in a report are chance, not structure. */
const MIN_HEADLINES = 2;

const NOT_A_HEADLINE_START = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|首先|其次|最后|同时|此外|另外|\d)/;

/**
 * Unnumbered headline paragraphs, for reports that number no section. `lines` are the body lines
 * (title block and salutation excluded). A headline alone on the last line has no paragraph after it
 * to confirm it (excerpts end mid-sentence, reports with a signature), so there only a headline
 * sentence that opens a paragraph counts.
 */
export function detectHeadlines(text: string, lines: readonly TextLine[]): HeadingCandidate[] {
  const body = lines.filter((l) => !isBlank(l));
  const alone: HeadingCandidate[] = [];
  const leading: HeadingCandidate[] = [];
  for (let i = 0; i < body.length; i++) {
    const l = body[i]!;
    const t = lineText(text, l);
    if (NOT_A_HEADLINE_START.test(t) || opensWithTime(t) || CLOSING_WORDS.test(t) || t.includes('|')) continue;
    if (matchMarker(text, l.contentStart)) continue;
    const len = headlineLength(t);
    if (len === null) continue;
    const isAlone = len === t.length;
    const next = body[i + 1];
    if (isAlone && (!next || !opensProse(lineText(text, next)))) continue;
    const list = isAlone ? alone : leading;
    list.push({ start: l.contentStart, marker: null, family: 'headline', index: list.length + 1, titleStart: l.contentStart, titleEnd: l.contentStart + len });
  }
  // a report keeps one style: headlines on lines of their own, or headline sentences opening paragraphs
  const found = alone.length >= MIN_HEADLINES ? alone : leading;
  return found.length >= MIN_HEADLINES ? found : [];
}

/** `今年以来，…` opens prose; `今年市热线“成绩单”` is a headline about this year. */
const opensWithTime = (t: string): boolean => /[，,]$/.test(TIME_OPENERS.exec(t)?.[0] ?? '') || /^[^，,。]{0,8}以来[，,]/.test(t);

/** A standalone headline must be followed by a paragraph of prose (not a signature or a date line). */
const opensProse = (t: string): boolean => /[。；;！!]/.test(t) || t.length > ALONE_MAX;

/** Length of the headline at the start of a paragraph, or null when it opens with ordinary prose. */
function headlineLength(t: string): number | null {
  const end = t.search(/[。！!]/);
  if (end === -1) {
    // a line of its own: short, no clause punctuation but the commas of a two- or three-part slogan
    // a news subhead may pair a theme and a line with one colon: 协同作战：打通城市治理“最后一公里”
    const colon = t.search(/[：:]/);
    const paired = colon >= ALONE_MIN && t.length - colon - 1 >= ALONE_MIN && t.indexOf('：', colon + 1) < 0 && t.indexOf(':', colon + 1) < 0;
    const clauses = t.split(/[，,：:]/);
    const punct = paired ? /[；;？?、]/ : /[；;：:？?、]/;
    const alone = t.length >= ALONE_MIN && t.length <= ALONE_MAX && !punct.test(t) && clauses.length <= 3 && clauses.every((c) => c.length >= 4);
    // a headline states a theme, not a figure (日均办理诉求1.5万件); a year may name its period
    const figure = /[0-9０-９%％]/.test(t.replace(/(?:19|20)\d{2}\s*年/g, ''));
    return alone && !figure ? t.length : null;
  }
  if (end < LEAD_MIN || end > LEAD_MAX || t.length - end < LEAD_MIN) return null;
  const lead = t.slice(0, end);
  if (/[0-9０-９%％*＊]/.test(lead)) return null; // a headline states a theme, not a figure
  const clauses = lead.split(/[，,]/);
  if (clauses.length < 2 || clauses.length > 3 || clauses.some((c) => c.length < 4)) return null;
  return /[；;：:、]/.test(lead) ? null : end;
}
