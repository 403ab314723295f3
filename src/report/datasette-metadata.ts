import { basename, dirname, extname, join } from 'node:path';

/** `output/indicators.db` → `output/indicators.datasette.json`. */
export const datasetteMetadataPath = (dbPath: string): string =>
  join(dirname(dbPath), `${basename(dbPath, extname(dbPath))}.datasette.json`);

interface CannedQuery {
  readonly title: string;
  readonly description: string;
  readonly sql: string;
}

/** Canned queries: each runs as is in SQLite (tests run them); `:name` parameters become Datasette form fields. */
export const CANNED_QUERIES: Readonly<Record<string, CannedQuery>> = {
  indicator_by_year: {
    title: '一项指标逐年汇总',
    description: 'Sum, mean and count of one indicator per year over the values the tables show (one per report), results only.',
    sql: `SELECT year, count(*) AS reports, sum(value) AS total, round(avg(value), 2) AS mean, min(unit) AS unit
FROM v_indicator_table
WHERE indicator_id = :indicator_id AND placeholder = 0 AND plan = 0
GROUP BY year ORDER BY year`,
  },
  indicator_by_org: {
    title: '一项指标按机构、年份',
    description: 'The value the tables show for one indicator, per organisation and year, with the sentence it came from.',
    sql: `SELECT org, year, value, unit, qualifier, placeholder, file, line, sentence
FROM v_indicator_table
WHERE indicator_id = :indicator_id
ORDER BY org, year`,
  },
  placeholders_by_report: {
    title: '各报告占位符数',
    description: 'Reports with placeholders left in them (*, X, 某…), most first.',
    sql: `SELECT p.file, r.org, r.year, count(*) AS placeholders
FROM v_placeholders p JOIN reports r ON r.id = p.report_id
GROUP BY p.file, r.org, r.year ORDER BY placeholders DESC, p.file`,
  },
  unmatched_placeholders: {
    title: '未匹配指标的占位符',
    description: 'Placeholders no rule matched to an indicator: candidates for new rules.',
    sql: `SELECT file, line, col, section_path, text, sentence FROM v_placeholders WHERE indicator_id IS NULL ORDER BY file, line`,
  },
  search_sentences: {
    title: '全文检索（中文分词）',
    description: 'Sentences holding a word (jieba words; separate several words with spaces, all must occur).',
    sql: `SELECT r.file, s.line, s.col, r.org, r.year, s.sentence
FROM search_sentences_fts f JOIN search_sentences s ON s.id = f.rowid JOIN reports r ON r.id = s.report_id
WHERE search_sentences_fts MATCH :words
ORDER BY f.rank LIMIT 200`,
  },
};

/**
 * Datasette metadata/configuration for a zhibiao database: title, table and column descriptions,
 * facets by organisation, year and indicator, full-text search on `search_sentences`, and canned
 * queries. The same JSON works as `-m` (Datasette 0.6x metadata) and `-c` (Datasette 1.x config).
 */
export function datasetteMetadata(dbPath: string): Record<string, unknown> {
  const name = basename(dbPath, extname(dbPath));
  const facets = (...cols: string[]) => cols;
  return {
    title: 'zhibiao 指标',
    description: 'Indicators read from Chinese government reports by zhibiao: every value cites its file, line and sentence.',
    databases: {
      [name]: {
        description: 'One row per report in `reports`; values in `observations` (with context in `v_observations`); the value each table cell shows in `v_indicator_table`.',
        tables: {
          reports: { label_column: 'file', facets: facets('org', 'year', 'kind'), description: 'One row per ingested report file.' },
          indicators: { label_column: 'name', facets: facets('grp'), description: 'The indicator catalog, in table column order (`position`).' },
          observations: { facets: facets('indicator_id', 'placeholder', 'plan'), description: 'Every value a rule matched to an indicator (report_id → reports).' },
          quantities: { facets: facets('unit', 'placeholder', 'role'), description: 'Every number found in the texts, matched or not.' },
          sections: { label_column: 'title', facets: facets('role', 'level'), description: 'Section headings with their nesting level and role.' },
          diagnostics: { facets: facets('severity', 'code'), description: 'Findings about a file (placeholders, errors).' },
          v_observations: { facets: facets('indicator_id', 'org', 'year', 'shown'), description: 'Every value with its report, indicator name, section and sentence; shown = 1 for the value the tables show.' },
          v_indicator_table: { facets: facets('indicator_id', 'org', 'year'), description: 'The indicator tables in long form: one row per report and indicator. Sum and average here.' },
          v_placeholders: { facets: facets('indicator_id', 'file'), description: 'One row per placeholder left in a report.' },
          v_report_summary: { facets: facets('org', 'year'), description: 'Counts per report.' },
          search_sentences: {
            label_column: 'sentence', fts_table: 'search_sentences_fts', fts_pk: 'id', searchmode: 'raw',
            description: 'Stored sentences with their jieba words (column words), searchable: type words separated by spaces.',
          },
        },
        queries: CANNED_QUERIES,
      },
    },
  };
}
