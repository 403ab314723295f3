import { createSourceText } from '../core/source-text.js';
import { indexWords, queryWords } from '../segment/search-words.js';
import { splitSentences } from '../structure/sentences.js';
import type { Database } from './database.js';

interface IndexSentence {
  readonly line: number;
  readonly col: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Indexes the reports not yet in `search_indexed` (new or re-ingested ones; a re-ingested report
 * has a new id and its old rows cascaded away). Sentences come from the stored report text
 * (`report_texts`) when the database has it, else from the sentences that hold a quantity.
 * Returns how many reports were indexed now.
 */
export async function refreshSearchIndex(db: Database): Promise<number> {
  const todo = await db.all<{ id: number }>('SELECT id FROM reports WHERE id NOT IN (SELECT report_id FROM search_indexed) ORDER BY id');
  if (todo.length === 0) return 0;
  const haveTexts = (await db.get("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'report_texts'")) !== undefined;
  let indexed = 0;
  for (const { id } of todo) {
    // Read and write under the write lock: another process ingesting the same database may have
    // indexed this report, or replaced it, since the list above was read.
    await db.withTransaction(async () => {
      const state = await db.get<{ present: number; done: number }>(
        'SELECT EXISTS (SELECT 1 FROM reports WHERE id = ?) AS present, EXISTS (SELECT 1 FROM search_indexed WHERE report_id = ?) AS done',
        [id, id],
      );
      if (state === undefined || state.present === 0 || state.done === 1) return;
      const text = haveTexts ? (await db.get<{ text: string }>('SELECT text FROM report_texts WHERE report_id = ?', [id]))?.text : undefined;
      const sentences = text !== undefined ? sentencesOfText(text) : await quantitySentences(db, id);
      const rows = sentences.map((s) => [s.line, s.col, s.start, s.end, s.text, indexWords(s.text).join(' ')]);
      if (rows.length > 0) {
        await db.run(
          `INSERT INTO search_sentences (report_id, line, col, start_offset, end_offset, sentence, words)
           SELECT ?, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(?)`,
          [id, JSON.stringify(rows)],
        );
      }
      await db.run('INSERT INTO search_indexed (report_id, source) VALUES (?, ?)', [id, text !== undefined ? 'text' : 'quantity-sentences']);
      indexed += 1;
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
 * Sentences holding every word of the query (each term cut by jieba; all words must occur, in any
 * order), best first by FTS5's bm25 rank, then by file and line.
 */
export async function searchSentences(db: Database, terms: readonly string[], limit: number): Promise<{ words: string[]; hits: SearchHit[] }> {
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
