import type { Span } from '../core/span.js';
import type { SourceText } from '../core/source-text.js';
import type { Sentence } from '../structure/types.js';
import { lastStartingAtOrBefore } from '../structure/locate.js';

/**
 * A sentence longer than this (UTF-16 units) is read in windows. Real sentences stay far below it;
 * a paragraph joined only by commas, a PDF or web conversion on one line, thousands of nested quotes
 * do not, and reading them whole would make matching cost the square of their length.
 */
export const MAX_SENTENCE = 400;
/** A window's own part: whole clauses, at most this long (a longer clause is cut hard). */
const CHUNK = 160;
/** Context before a window's own part (the clauses just before it), at most this long. */
const LEAD = 60;

/**
 * The reading windows of a long sentence, in order: its clauses tiled into chunks of at most CHUNK
 * (cut hard inside a clause longer than that), each window reaching back over the preceding clauses
 * up to LEAD for context. A quantity belongs to the window whose chunk holds its start; every later
 * stage (segmenting, matching, the stored sentence text) reads that window as the quantity's
 * sentence, so no span handed on is longer than LEAD + CHUNK plus the length of one quantity.
 */
export function sentenceWindows(src: SourceText, sentence: Sentence): Array<{ chunkStart: number; window: Span }> {
  const cuts = chunkStarts(sentence);
  const end = sentence.span.end;
  const clauseStarts = sentence.clauses.map((c) => c.start);
  return cuts.map((chunkStart, k) => {
    const chunkEnd = cuts[k + 1] ?? end;
    // reach back to the start of the first clause that still fits into LEAD, else cut LEAD hard
    let from = chunkStart;
    for (let c = lastStartingAtOrBefore(clauseStarts, chunkStart - 1); c >= 0 && chunkStart - clauseStarts[c]! <= LEAD; c--) from = clauseStarts[c]!;
    if (from === chunkStart && chunkStart > sentence.span.start) from = Math.max(sentence.span.start, chunkStart - LEAD);
    return { chunkStart, window: src.span(from, chunkEnd) };
  });
}

/** Starts of the chunks that tile the sentence: whole clauses up to CHUNK, long clauses cut hard. */
function chunkStarts(sentence: Sentence): number[] {
  const starts: number[] = [];
  let current = -1;
  for (const clause of sentence.clauses) {
    if (current === -1 || clause.end - current > CHUNK) {
      current = clause.start;
      starts.push(current);
    }
    while (clause.end - current > CHUNK) {
      current += CHUNK;
      starts.push(current);
    }
  }
  return starts;
}
