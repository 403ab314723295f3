/**
 * Migration 006: Chinese full-text search over the stored sentences.
 * FTS5's own tokenizers cannot split Chinese into words, so each sentence is stored with its jieba
 * words (search mode: 人民调解委员会 → 人民 调解 人民调解 委员 委员会 …) separated by spaces in
 * `search_sentences.words`, and the FTS5 table indexes that column with `unicode61` (which splits on
 * the spaces). `search_sentences_fts` is an external-content table over `search_sentences`, kept in
 * step by triggers, so SQL and Datasette can `MATCH` a word: `words MATCH '调解'`. Rows cascade away
 * with their report; `search_indexed` records which reports are indexed (some have no sentence).
 */
export const SEARCH_SQL = `
CREATE TABLE search_sentences (
  id           INTEGER PRIMARY KEY,
  report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  line         INTEGER NOT NULL,
  col          INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  sentence     TEXT NOT NULL,
  words        TEXT NOT NULL
);
CREATE INDEX idx_search_sentences_report ON search_sentences(report_id);

CREATE VIRTUAL TABLE search_sentences_fts USING fts5(
  words, content='search_sentences', content_rowid='id', tokenize='unicode61'
);

CREATE TRIGGER search_sentences_ai AFTER INSERT ON search_sentences BEGIN
  INSERT INTO search_sentences_fts(rowid, words) VALUES (new.id, new.words);
END;
CREATE TRIGGER search_sentences_ad AFTER DELETE ON search_sentences BEGIN
  INSERT INTO search_sentences_fts(search_sentences_fts, rowid, words) VALUES ('delete', old.id, old.words);
END;

CREATE TABLE search_indexed (
  report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  source    TEXT NOT NULL CHECK (source IN ('text', 'quantity-sentences'))
);
`;
