/**
 * The text items of a PDF page (pdf.js `getTextContent`) → lines, then paragraphs.
 *
 * Items are grouped into lines by their baseline; within a line they are ordered left to right and
 * the gap between two runs decides what stands between them: a wide gap (a table column) is a tab,
 * the narrow space a layout engine puts between Chinese and Latin/digits (`2023 年`, `1.3 万件`) is
 * dropped, any other space is one space. Lines that are only a page number are dropped. A line that
 * runs to the right margin and does not end a sentence continues on the next line when that one is
 * not indented: the two are joined, so the text has one paragraph per line.
 */

import { endsParagraph, opensSectionAt } from '../../segment/soft-breaks.js';

export interface PdfItem {
  readonly str: string;
  /** x, y of the baseline start (from the item's transform) */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** font size (the item's height, else the transform's scale) */
  readonly size: number;
}

export interface PdfLine {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly size: number;
}

/** Gap (in font sizes) from which two runs on one line are separate table cells. */
const CELL_GAP = 0.4;
/** Gap below which two runs touch (kerning, or runs split mid-word). */
const TOUCH_GAP = 0.1;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const LATIN = /[0-9A-Za-z%％.,]/;

/** Space that stands only between Chinese and a digit/Latin letter: a layout artefact. */
export function dropCjkSpacing(text: string): string {
  return text
    .replace(/([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]) +(?=[0-9A-Za-z%％])/g, '$1')
    .replace(/([0-9A-Za-z%％]) +(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f])/g, '$1');
}

export function pageLines(items: readonly PdfItem[]): PdfLine[] {
  const runs = items.filter((i) => i.str.trim() !== '');
  const rows: PdfItem[][] = [];
  for (const item of runs) {
    const row = rows.find((r) => Math.abs(r[0]!.y - item.y) <= Math.max(1, 0.4 * Math.max(r[0]!.size, item.size)));
    if (row) row.push(item);
    else rows.push([item]);
  }
  rows.sort((a, b) => b[0]!.y - a[0]!.y);
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((r) => r.size)) || 10;
    let text = '';
    let prevEnd: number | null = null;
    let prevChar = '';
    for (const item of row) {
      const str = item.str.replace(/\s+/g, ' ');
      if (prevEnd !== null) {
        const gap = item.x - prevEnd;
        const next = str.trimStart()[0] ?? '';
        if (gap >= CELL_GAP * size) text += '\t';
        else if (gap > TOUCH_GAP * size && !(CJK.test(prevChar) || CJK.test(next))) text += ' ';
        else if (gap > TOUCH_GAP * size && LATIN.test(prevChar) && LATIN.test(next)) text += ' ';
      }
      text += prevEnd === null ? str.trimStart() : str;
      prevEnd = item.x + item.width;
      prevChar = text.trimEnd().slice(-1);
    }
    const clean = dropCjkSpacing(text.replace(/ *\t */g, '\t').trim());
    if (clean && !isPageNumber(clean)) lines.push({ text: clean, left: row[0]!.x, right: prevEnd ?? row[0]!.x, size });
  }
  return lines;
}

const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,4}\s*页?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?\s*[-—–－]*$/;
export const isPageNumber = (line: string): boolean => PAGE_NUMBER.test(line.trim());


/**
 * Joins wrapped lines into paragraphs. `lines` are in reading order over all pages; margins are
 * measured per page by the caller (left: the common left edge; right: the common right edge).
 */
export function joinParagraphs(pages: ReadonlyArray<readonly PdfLine[]>): string[] {
  const out: string[] = [];
  let open = false; // whether the last output line continues
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const left = mode(lines.map((l) => Math.round(l.left)));
    const right = percentile(lines.map((l) => l.right), 0.9);
    for (const line of lines) {
      const indented = line.left > left + 0.6 * line.size;
      if (open && !indented && !line.text.includes('\t') && !opensSectionAt(line.text, 0)) out[out.length - 1] += line.text;
      else out.push(line.text);
      const full = line.right >= right - 1.6 * line.size;
      open = full && !line.text.includes('\t') && !endsParagraph(line.text);
    }
  }
  return out;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && v < best)) best = v;
  return best;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
