import { LIST_PRONE_FAMILIES, MIDLINE_FAMILIES, matchMarker, type MarkerFamily, type MarkerMatch } from './heading-markers.js';
import type { TextLine } from './lines.js';
import { charTest } from './char-class.js';

/** A heading found in the text, before levels are assigned. */
export interface HeadingCandidate {
  readonly start: number;
  readonly marker: string | null;
  readonly family: MarkerFamily;
  readonly index: number;
  readonly titleStart: number;
  /** end of the title: before the first sentence end, body text or a following heading */
  readonly titleEnd: number;
}

/**
 * A title stops at a sentence end or a colon: what follows on the line is body text. The same marks,
 * followed by spaces, show where a converter joined two paragraphs into one line.
 */
const TITLE_STOPS = '。！？；!?;：:';
const isTitleStop = charTest(TITLE_STOPS);
const SPACE = 0x20;
const isComma = charTest('，,');
const isOpenParen = charTest('(（');
const TRAILING_MARKS = new Set([' ', '\n', '，', ',', '、', '：', ':', '；', ';', '。', '.', '！', '!', '？', '?']);
/** How far past a marker the list-entry test looks (keeps detection linear on long lines). */
const LIST_WINDOW = 200;
/** Marks after which a section marker glued to the text (`…保障。一、…`) starts a heading of a flattened report. */
const isGluedAfter = charTest('。！？!?');
/** A glued heading's title is a headline, not a paragraph: at most this long before its stop. */
const GLUED_TITLE_MAX = 40;
/** Only a line this long holds a flattened report; in a paragraph, `。一、…；二、…` is an inline list. */
const GLUED_LINE_MIN = 200;
/** A title stopped by these is an entry of an inline list (`一、宪法；二、法规。`), not a heading. */
const LIST_STOPS = new Set(['；', ';']);

/** Numbered headings of one line: at its start, after a lost paragraph break, or right after a heading title. */
export function detectNumberedHeadings(text: string, line: TextLine): HeadingCandidate[] {
  const found: HeadingCandidate[] = [];
  const glued = gluedStarts(text, line);
  const starts = mergeAscending([line.contentStart], mergeAscending(softBreaks(text, line), glued));
  const isGlued = glued.length === 0 ? null : new Set(glued);
  for (let i = 0; i < starts.length; i++) {
    const pos = starts[i]!;
    if (found.length > 0 && pos < found[found.length - 1]!.titleEnd) continue;
    const m = matchMarker(text, pos);
    if (!m || (pos !== line.contentStart && !MIDLINE_FAMILIES.has(m.family))) continue;
    if (isListEntry(text, m, line)) continue;
    const { titleEnd, next } = scanTitle(text, m.end, line.contentEnd);
    const gluedHere = isGlued !== null && isGlued.has(pos);
    if (gluedHere && (titleEnd - m.end > GLUED_TITLE_MAX || LIST_STOPS.has(text[titleEnd] ?? ''))) continue;
    // after a lost paragraph break, a heading is a headline: not a run of clauses (一、 综 合 初步核算,全年…)
    if (pos !== line.contentStart && !gluedHere && titleEnd - m.end > GLUED_TITLE_MAX && hasComma(text, m.end, titleEnd)) continue;
    found.push(toCandidate(text, m, titleEnd));
    if (next !== null) starts.splice(i + 1, 0, next);
  }
  return found;
}

/** Two ascending lists as one (the first itself when the second is empty). */
function mergeAscending(a: number[], b: readonly number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return [...b];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

const hasComma = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (isComma(text.charCodeAt(k))) return true;
  return false;
};

/**
 * A first heading whose numeral was lost in conversion (`、调解网络不断完善。…` above `2、…`): a line
 * opening with a bare 、 right before the heading numbered 2 of a 、 family is that family's first.
 */
export function detectLostFirstMarkers(text: string, body: readonly TextLine[], numbered: readonly HeadingCandidate[]): HeadingCandidate[] {
  const byStart = new Map(numbered.map((c) => [c.start, c]));
  const out: HeadingCandidate[] = [];
  for (let i = 0; i + 1 < body.length; i++) {
    const l = body[i]!;
    if (text[l.contentStart] !== '、') continue;
    const next = byStart.get(body[i + 1]!.contentStart);
    if (!next || next.index !== 2 || !text.startsWith('、', next.start + next.marker!.length - 1)) continue;
    const { titleEnd } = scanTitle(text, l.contentStart + 1, l.contentEnd);
    out.push(toCandidate(text, { marker: '、', family: next.family, index: 1, start: l.contentStart, end: l.contentStart + 1 }, titleEnd));
  }
  return out;
}

function toCandidate(text: string, m: MarkerMatch, rawEnd: number): HeadingCandidate {
  let titleStart = m.end;
  while (titleStart < rawEnd && /\s/.test(text[titleStart]!)) titleStart++;
  let titleEnd = rawEnd;
  while (titleEnd > titleStart && TRAILING_MARKS.has(text[titleEnd - 1]!)) titleEnd--;
  return { start: m.start, marker: m.marker, family: m.family, index: m.index, titleStart, titleEnd };
}

/** Offsets inside the line where a space run follows a sentence end: paragraphs joined by a converter. */
function softBreaks(text: string, line: TextLine): number[] {
  const out: number[] = [];
  // a scan of the line itself: indexOf would look past the line's end for the next space, and in a
  // long report with few spaces that is most of the text again for every line (quadratic)
  for (let i = line.contentStart + 1; i < line.contentEnd; i++) {
    if (text.charCodeAt(i) !== SPACE || !isTitleStop(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j < line.contentEnd && text.charCodeAt(j) === SPACE) j++;
    if (j < line.contentEnd) out.push(j);
  }
  return out;
}

/**
 * Offsets right after a sentence end where a section marker follows with no space: a report whose
 * paragraphs were flattened into one line (`…法治保障。一、以思想引领为先导…（一）强化理论武装。`).
 */
function gluedStarts(text: string, line: TextLine): number[] {
  const out: number[] = [];
  if (line.contentEnd - line.contentStart < GLUED_LINE_MIN) return out;
  for (let i = line.contentStart + 1; i < line.contentEnd; i++) {
    if (!isGluedAfter(text.charCodeAt(i - 1))) continue;
    const m = matchMarker(text, i);
    if (m && MIDLINE_FAMILIES.has(m.family)) out.push(i);
  }
  return out;
}

/**
 * Where the title starting at `from` ends, and where a second heading on the same line starts:
 * a space run before a marker, or a first sub-marker `（一）`/`(1)` glued to the title.
 */
function scanTitle(text: string, from: number, end: number): { titleEnd: number; next: number | null } {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isTitleStop(c)) return { titleEnd: i, next: null };
    if (c === SPACE) {
      let j = i;
      while (j < end && text.charCodeAt(j) === SPACE) j++;
      const m = j < end ? matchMarker(text, j) : null;
      if (m && MIDLINE_FAMILIES.has(m.family)) return { titleEnd: i, next: j };
    }
    if (isOpenParen(c) && i > from) {
      const m = matchMarker(text, i);
      if (m && m.index === 1 && (m.family === 'cn-paren' || m.family === 'arabic-paren')) return { titleEnd: i, next: i };
    }
  }
  return { titleEnd: end, next: null };
}

/** `一、二季度…`, `一、二级…`: a run of numerals, not a marker. */
const NUMERAL_RUN = /^[一二三四五六七八九十]+(?:[、季级类月批]|等)/;

/**
 * `1.《行政处罚法》`, `(2)办结案件30件；`: entries of a list, not headings. A numbered line that has a
 * sentence end before its trailing comma is a heading cut off mid-sentence, not a list entry.
 */
function isListEntry(text: string, m: MarkerMatch, line: TextLine): boolean {
  const rest = text.slice(m.end, Math.min(line.contentEnd, m.end + LIST_WINDOW)).trimStart();
  if (m.family === 'cn-dun' && NUMERAL_RUN.test(rest)) return true;
  if (rest.startsWith('《')) {
    const close = rest.indexOf('》');
    if (close === -1 || /^[\s，,、；;。.]{0,3}(?:等)?[\s，,、；;。.]{0,3}$/.test(rest.slice(close + 1))) return true;
    if (!/[。！？]/.test(rest)) return true;
  }
  return LIST_PRONE_FAMILIES.has(m.family) && /[；;，,、]/.test(text[line.contentEnd - 1]!) && !/[。！？]/.test(rest);
}
