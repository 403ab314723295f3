import type { IndicatorCell, IndicatorColumn } from '../indicator-table.js';

/** What a display format (Markdown, HTML) shows for a placeholder cell. */
export const PLACEHOLDER_TEXT = '占位';

/** Qualifiers written before the number (约300); the others follow it (300余, 98以上). */
const LEADING_QUALIFIERS = new Set(['约', '近', '超过', '逾', '不少于', '不低于', '至少', '大约', '将近', '接近', '达', '共']);

type IndicatorCol = Extract<IndicatorColumn, { kind: 'indicator' }>;

/** Header of a numeric column: the indicator name and the column's unit, `调解成功率（%）`. */
export const valueHeader = (c: IndicatorCol): string => (c.unit ? `${c.header}（${c.unit}）` : c.header);

/** Header of the companion column that says what the number alone cannot. */
export const noteHeader = (c: IndicatorCol): string => `${c.header}·说明`;

/** The number with its qualifiers where the text had them (`300余`, `约2.7万` stays a number: 27000), plus a foreign unit. */
export function displayValue(cell: IndicatorCell): string {
  if (cell.placeholder || cell.value === null) return cell.placeholder ? PLACEHOLDER_TEXT : '';
  const words = cell.qualifier ? cell.qualifier.split('+') : [];
  const lead = words.filter((w) => LEADING_QUALIFIERS.has(w)).join('');
  const trail = words.filter((w) => !LEADING_QUALIFIERS.has(w)).join('');
  return `${lead}${String(cell.value)}${cell.unitAgrees ? '' : cell.unit}${trail}`;
}

/**
 * The companion note of a cell, `；`-joined: 占位符 (the text has a placeholder: the number cell is
 * empty), 限定:余, 单位:份 (a unit that does not agree with the column's), 计划目标, 共N处. An empty
 * number with an empty note means the report does not mention the indicator.
 */
export function cellNote(cell: IndicatorCell | undefined): string {
  if (!cell) return '';
  const notes: string[] = [];
  if (cell.placeholder) notes.push('占位符');
  if (cell.qualifier) notes.push(`限定:${cell.qualifier.replace(/\+/g, '')}`);
  if (!cell.unitAgrees) notes.push(`单位:${cell.unit}`);
  if (cell.plan) notes.push('计划目标');
  if (cell.count > 1) notes.push(`共${cell.count}处`);
  return notes.join('；');
}

/** The number as text for a numeric column: empty for a placeholder and when not mentioned. */
export const numberText = (cell: IndicatorCell | undefined): string =>
  cell && !cell.placeholder && cell.value !== null ? String(cell.value) : '';
