import { createSourceText } from '../core/source-text.js';
import { indexWordsOfMany, queryWords } from '../segment/search-words.js';
import { useUserWords } from '../segment/tokenize.js';
import { chunkRanges } from '../core/chunks.js';
import { splitSentences } from '../structure/sentences.js';
import type { Database } from './database.js';

interface IndexSentence {
  readonly line: number;
  readonly col: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Reports indexed per transaction at most, and at most this much of their text (UTF-16 units). */
const REFRESH_REPORTS = 64;
const REFRESH_CHARS = 4_000_000;

export interface SearchWordsOptions {
  /**
   * The words jieba is to keep whole (the rules' user words, as the ingest's workers cut with):
   * asked for only when some report needs indexing, before the first cut.
   */
  readonly userWords?: () => readonly string[];
}

/**
 * Indexes the reports not yet in `search_indexed`: those an ingest stored without their words
 * (`--no-search-index`, `merge`, a database from before migration 008). The ingest's workers index
 * the reports they extract themselves. Sentences come from the stored report text (`report_texts`)
 * when the database has it, else from the sentences that hold a quantity. Many reports per
 * transaction and per call into jieba. Returns how many reports were indexed now.
 */
export async function refreshSearchIndex(db: Database, opts: SearchWordsOptions = {}): Promise<number> {
  const todo = await db.all<{ id: number; chars: number }>(
    `SELECT r.id AS id, coalesce(length(t.text), 0) AS chars FROM reports r LEFT JOIN report_texts t ON t.report_id = r.id
     WHERE r.id NOT IN (SELECT report_id FROM search_indexed) ORDER BY r.id`,
  );
  if (todo.length === 0) return 0;
  const words = opts.userWords?.();
  if (words) useUserWords(words);
  let indexed = 0;
  for (const [from, to] of chunkRanges(todo, (r) => r.chars, REFRESH_CHARS, REFRESH_REPORTS)) {
    const ids = todo.slice(from, to).map((r) => r.id);
    // Read and write under the write lock: another process ingesting the same database may have
    // indexed these reports, or replaced them, since the list above was read.
    indexed += await db.withTransaction(async () => {
      const live = await db.all<{ id: number; text: string | null }>(
        `SELECT r.id AS id, t.text AS text FROM json_each(?) AS k JOIN reports r ON r.id = k.value
         LEFT JOIN report_texts t ON t.report_id = r.id
         WHERE NOT EXISTS (SELECT 1 FROM search_indexed i WHERE i.report_id = r.id) ORDER BY r.id`,
        [JSON.stringify(ids)],
      );
      if (live.length === 0) return 0;
      const sentences = await Promise.all(live.map((r) => (r.text !== null ? sentencesOfText(r.text) : quantitySentences(db, r.id))));
      const cut = indexWordsOfMany(sentences.flat().map((s) => s.text));
      let at = 0;
      const rows = live.flatMap((r, k) => sentences[k]!.map((s) => [r.id, s.line, s.col, s.start, s.end, s.text, cut[at++]!.join(' ')]));
      if (rows.length > 0) {
        await db.run(
          `INSERT INTO search_sentences (report_id, line, col, start_offset, end_offset, sentence, words)
           SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6 FROM jsonb_each(?)`,
          [JSON.stringify(rows)],
        );
      }
      await db.run(
        'INSERT INTO search_indexed (report_id, source) SELECT value ->> 0, value ->> 1 FROM json_each(?)',
        [JSON.stringify(live.map((r) => [r.id, r.text !== null ? 'text' : 'quantity-sentences']))],
      );
      return live.length;
    });
  }
  return indexed;
}

function sentencesOfText(text: string): IndexSentence[] {
  const src = createSourceText('', text);
  return splitSentences(src).map((s) => {
    const { line, column } = src.lines.position(s.span.start);
    return { line, col: column, start: s.span.start, end: s.span.end, text: text.slice(s.span.start, s.span.end) };
  });
}

/** One row per distinct sentence holding a quantity; its line and column derived from the first quantity in it. */
async function quantitySentences(db: Database, reportId: number): Promise<IndexSentence[]> {
  const rows = await db.all<{ line: number; col: number; start_offset: number; sentence: string; sentence_start: number; sentence_end: number }>(
    `SELECT line, col, start_offset, sentence, sentence_start, sentence_end FROM quantities
     WHERE report_id = ? ORDER BY start_offset, idx`, [reportId]);
  const seen = new Set<number>();
  const out: IndexSentence[] = [];
  for (const r of rows) {
    if (seen.has(r.sentence_start)) continue;
    seen.add(r.sentence_start);
    const before = r.sentence.slice(0, r.start_offset - r.sentence_start);
    const breaks = before.split('\n').length - 1;
    const col = breaks === 0 ? r.col - before.length : before.length - before.lastIndexOf('\n');
    out.push({ line: r.line - breaks, col: Math.max(1, col), start: r.sentence_start, end: r.sentence_end, text: r.sentence });
  }
  return out;
}

export interface SearchHit {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly sentence: string;
  readonly org: string | null;
  readonly year: number | null;
}

/**
 * Sentences holding every word of the query (each term cut by jieba, with the same user words as the
 * index was cut with; all words must occur, in any order), best first by FTS5's bm25 rank, then by file and line.
 */
export async function searchSentences(db: Database, terms: readonly string[], limit: number, opts: SearchWordsOptions = {}): Promise<{ words: string[]; hits: SearchHit[] }> {
  const userWords = opts.userWords?.();
  if (userWords) useUserWords(userWords);
  const words = [...new Set(terms.flatMap((t) => queryWords(t)))];
  if (words.length === 0) return { words, hits: [] };
  const match = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
  const hits = await db.all<SearchHit>(
    `SELECT r.file AS file, s.line AS line, s.col AS "column", s.sentence AS sentence, r.org AS org, r.year AS year
     FROM search_sentences_fts f
     JOIN search_sentences s ON s.id = f.rowid
     JOIN reports r ON r.id = s.report_id
     WHERE search_sentences_fts MATCH ?
     ORDER BY f.rank, r.file, s.line
     LIMIT ?`,
    [match, limit],
  );
  return { words, hits };
}
