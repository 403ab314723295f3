import type { SourceText } from '../core/source-text.js';
import type { HeadingCandidate } from './detect-headings.js';
import { unwrap } from './lines.js';
import { assignLevels, sectionEnds } from './outline.js';
import { roleOf } from './roles.js';
import type { Heading } from './types.js';

/** Headings with levels, roles and section spans, from candidates in text order. */
export function buildHeadings(src: SourceText, candidates: readonly HeadingCandidate[], year: number | null): Heading[] {
  const levels = assignLevels(candidates);
  const ends = sectionEnds(candidates.map((c) => c.start), levels, src.text.length);
  return candidates.map((c, i) => {
    const span = src.span(c.start, Math.max(c.titleEnd, c.titleStart));
    const title = unwrap(src.raw.slice(c.titleStart, Math.max(c.titleEnd, c.titleStart)));
    return {
      span,
      line: span.line,
      level: levels[i]!,
      marker: c.marker === null ? null : src.raw.slice(c.start, c.start + c.marker.length),
      family: c.family,
      title,
      role: roleOf(title, year),
      section: src.span(c.start, ends[i]!),
    };
  });
}
