import type { ValueRow } from '../values.js';
import { gridToCsv } from './csv.js';
import { plainTable } from './plain-table.js';

export type ValuesFormat = 'table' | 'csv' | 'json' | 'ndjson';
export const VALUES_FORMATS: readonly ValuesFormat[] = ['table', 'csv', 'json', 'ndjson'];

const HEADER = ['file', 'org', 'year', 'indicator_id', 'value', 'unit', 'qualifier', 'placeholder', 'plan', 'shown', 'statements', 'line', 'column', 'section_path', 'sentence'];

const num = (n: number | null): string => (n === null ? '' : String(n));

/** A value as text for the terminal: `300余`, `占位` for a placeholder. */
const shownValue = (r: ValueRow): string => (r.placeholder ? '占位' : `${num(r.value)}${r.qualifier ? r.qualifier.replace(/\+/g, '') : ''}`);

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const short = (s: string, max = 50): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function formatValues(rows: readonly ValueRow[], format: ValuesFormat): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'ndjson') return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  if (format === 'csv') {
    return gridToCsv([HEADER, ...rows.map((r) => [
      r.file, r.org ?? '', num(r.year), r.indicatorId, num(r.value), r.unit, r.qualifier ?? '', r.placeholder ? '1' : '0',
      r.plan ? '1' : '0', r.shown ? '1' : '0', String(r.statements), String(r.line), String(r.column), r.sectionPath, r.sentence,
    ])]);
  }
  const grid = [
    ['year', 'org', 'value', 'unit', 'note', 'file:line:col', 'sentence'],
    ...rows.map((r) => [
      num(r.year), r.org ?? '', shownValue(r), r.unit,
      [r.plan ? '计划' : '', r.statements > 1 ? `${r.shown ? '表中值，' : ''}共${r.statements}处` : ''].filter(Boolean).join(' '),
      `${r.file}:${r.line}:${r.column}`, short(flat(r.sentence)),
    ]),
  ];
  return plainTable(grid, new Set([2]));
}
