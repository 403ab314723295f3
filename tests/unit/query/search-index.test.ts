import { describe, expect, it } from 'vitest';
import { refreshSearchIndex, searchSentences } from '../../../src/store/search-index.js';
import { writeReport } from '../../../src/store/write-report.js';
import { makeReport, sampleReport, TEST_INDICATORS, withTestDatabase } from '../store/make-report.js';
import { SEARCH_WORDS_SQL } from '../../../src/store/schema-search-words.js';

describe('jieba-segmented sentence search', () => {
  it('finds a word inside longer words, gives file:line:col, and follows re-ingests', async () => {
    await withTestDatabase(async (db) => {
      await writeReport(db, sampleReport());
      await writeReport(db, makeReport({
        file: 'b.txt', text: '白沙街道报告\n一、主要工作成效\n依托人民调解委员会化解纠纷30件。\n',
        quantities: [{ text: '30件', value: 30, unit: '件', indicator: 'disputes.received' }],
      }));
      expect(await refreshSearchIndex(db)).toBe(2);
      expect(await refreshSearchIndex(db)).toBe(0);
      // 调解 stands inside 人民调解委员会 and inside 调解成功率: FTS5's own tokenizers find neither
      const { words, hits } = await searchSentences(db, ['调解'], 10);
      expect(words).toEqual(['调解']);
      expect(hits.map((h) => `${h.file}:${h.line}:${h.column}`).sort()).toEqual(['b.txt:3:1', 'towns/青石镇2023.txt:4:1', 'towns/青石镇2023.txt:8:1']);
      const both = await searchSentences(db, ['行政复议', '办结'], 10);
      expect(both.hits.map((h) => h.file)).toEqual(['towns/青石镇2023.txt']);
      expect(both.hits[0]!.sentence).toContain('办结行政复议案件9件');
      expect((await searchSentences(db, ['调解 不存在的词'], 10)).hits).toEqual([]);
      // usable from SQL: the words column holds the jieba words
      const sql = await db.all<{ n: number }>("SELECT count(*) AS n FROM search_sentences_fts WHERE search_sentences_fts MATCH '调解'");
      expect(sql).toEqual([{ n: 3 }]);
      // a re-ingested report replaces its sentences; the index never returns the old ones
      await writeReport(db, makeReport({
        file: 'b.txt', text: '白沙街道报告\n一、主要工作成效\n开展法治宣传活动8场。\n',
        quantities: [{ text: '8场', value: 8, unit: '场', indicator: 'publicity.events' }],
      }));
      expect(await refreshSearchIndex(db)).toBe(1);
      expect((await searchSentences(db, ['调解'], 10)).hits.map((h) => h.file)).toEqual(['towns/青石镇2023.txt', 'towns/青石镇2023.txt']);
      expect((await searchSentences(db, ['宣传'], 10)).hits.map((h) => h.file).sort()).toEqual(['b.txt', 'towns/青石镇2023.txt', 'towns/青石镇2023.txt']);
      const stale = await db.get<{ n: number }>('SELECT count(*) AS n FROM search_sentences_fts f LEFT JOIN search_sentences s ON s.id = f.rowid WHERE s.id IS NULL');
      expect(stale?.n).toBe(0);
    }, { name: 's.db' });
  });

  it('migration 008 empties an index cut without the rules\' words, and the next refresh rebuilds it whole', async () => {
    await withTestDatabase(async (db) => {
      await writeReport(db, sampleReport());
      await writeReport(db, makeReport({ file: 'b.txt', text: '白沙街道报告\n依托人民调解委员会化解纠纷30件。\n', quantities: [{ text: '30件', value: 30, unit: '件' }] }));
      expect(await refreshSearchIndex(db)).toBe(2);
      const count = async (sql: string) => (await db.get<{ n: number }>(sql))!.n;
      const fts = "SELECT count(*) AS n FROM search_sentences_fts WHERE search_sentences_fts MATCH '调解'";
      expect(await count(fts)).toBe(3);
      await db.exec(SEARCH_WORDS_SQL);
      expect(await count('SELECT count(*) AS n FROM search_sentences')).toBe(0);
      expect(await count('SELECT count(*) AS n FROM search_indexed')).toBe(0);
      expect(await count(fts)).toBe(0);
      // the reports themselves are untouched, and a refresh (with the rules' words) indexes both again
      expect(await count('SELECT count(*) AS n FROM reports')).toBe(2);
      expect(await refreshSearchIndex(db, { userWords: () => ['人民调解委员会'] })).toBe(2);
      expect(await count(fts)).toBe(3);
      expect(await count("SELECT count(*) AS n FROM search_sentences_fts WHERE search_sentences_fts MATCH '人民调解委员会'")).toBe(1);
      // the delete trigger is back: a replaced report takes its sentences out of the FTS index
      await writeReport(db, makeReport({ file: 'b.txt', text: '白沙街道报告\n开展法治宣传活动8场。\n', quantities: [{ text: '8场', value: 8, unit: '场' }] }));
      expect(await count("SELECT count(*) AS n FROM search_sentences_fts WHERE search_sentences_fts MATCH '人民调解委员会'")).toBe(0);
    }, { name: 'm.db' });
  });
});
