import type { SourceText } from '../core/source-text.js';
import { buildHeadings } from './build-headings.js';
import { detectLostFirstMarkers, detectNumberedHeadings, type HeadingCandidate } from './detect-headings.js';
import { detectHeadlines } from './headlines.js';
import { detectBracketHeadings } from './bracket-headings.js';
import { detectPartTitles } from './part-headlines.js';
import { findItems } from './items.js';
import { isBlank, joinWrappedLines, splitLines } from './lines.js';
import { createLocator } from './locate.js';
import { readMeta } from './meta.js';
import { splitSentences } from './sentences.js';
import { findTitleBlock } from './title-block.js';
import type { Structure } from './types.js';

export type { Heading, Item, Location, ReportKind, ReportMeta, SectionRole, Sentence, Structure } from './types.js';
export type { MarkerFamily, MarkerMatch } from './heading-markers.js';
export { matchMarker } from './heading-markers.js';
export { roleOf } from './roles.js';

/**
 * Document structure of one report, pure: title block and meta, headings with levels as this
 * report uses them, enumeration items, sentences with clauses, and `locate(offset)`.
 */
export function analyzeStructure(src: SourceText): Structure {
  const { text } = src;
  const { softBreaks } = src;
  const lines = joinWrappedLines(splitLines(src), softBreaks);
  const block = findTitleBlock(text, lines);
  const meta = readMeta(text, src.raw, lines, block);
  const body = lines.slice(block.bodyStart);
  const bodyLines = body.filter((l) => !isBlank(l));
  const found: HeadingCandidate[] = [];
  for (const l of bodyLines) for (const c of detectNumberedHeadings(text, l)) found.push(c);
  const numbered = withPartTitles(found, detectLostFirstMarkers(text, bodyLines, found));
  const entries = detectBracketHeadings(text, body);
  const unnumbered = entries.length > 0 ? entries : detectHeadlines(text, body);
  const candidates = numbered.length > 0 ? withPartTitles(numbered, [...detectPartTitles(text, body, numbered), ...entries]) : unnumbered;
  const headings = buildHeadings(src, candidates, meta.year);
  const items = findItems(src);
  const sentences = splitSentences(src);
  return { meta, headings, items, sentences, locate: createLocator(headings, items, sentences) };
}

const withPartTitles = (numbered: HeadingCandidate[], parts: HeadingCandidate[]): HeadingCandidate[] =>
  parts.length === 0 ? numbered : [...numbered, ...parts].sort((a, b) => a.start - b.start);
