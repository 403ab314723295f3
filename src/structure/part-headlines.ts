import { matchMarker } from './heading-markers.js';
import type { HeadingCandidate } from './detect-headings.js';
import { isOrgName } from './org-name.js';
import { isBlank, lineText, type TextLine } from './lines.js';

const PART_MIN = 4;
const PART_MAX = 30;
/** One such line could be a stray subtitle; two that each restart the numbering are structure. */
const MIN_PARTS = 2;

/**
 * Unnumbered part titles above numbered sections: a short line without punctuation right before a
 * heading numbered 1 (`2023年工作情况` / `一、…` … `2024年工作打算` / `一、…`).
 */
export function detectPartTitles(text: string, lines: readonly TextLine[], numbered: readonly HeadingCandidate[]): HeadingCandidate[] {
  const firstAt = new Map(numbered.filter((c) => c.index === 1).map((c) => [c.start, c]));
  const found: HeadingCandidate[] = [];
  const body = lines.filter((l) => !isBlank(l));
  for (let i = 0; i + 1 < body.length; i++) {
    const l = body[i]!;
    const next = body[i + 1]!;
    if (!firstAt.has(next.contentStart) || matchMarker(text, l.contentStart) !== null) continue;
    const t = lineText(text, l);
    if (t.length < PART_MIN || t.length > PART_MAX || /[。！？；，,：:!?;|]/.test(t)) continue;
    if (/\d+月\d+日/.test(t) || isOrgName(t)) continue;
    found.push({ start: l.contentStart, marker: null, family: 'headline', index: found.length + 1, titleStart: l.contentStart, titleEnd: l.contentEnd });
  }
  return found.length >= MIN_PARTS ? found : [];
}
