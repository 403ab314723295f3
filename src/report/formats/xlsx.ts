import type ExcelJS from 'exceljs';
import type { IndicatorTable } from '../indicator-table.js';
import { cellNote, noteHeader, valueHeader } from './cell-text.js';

const PLACEHOLDER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF3B0' } };
const MISMATCH_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0E0' } };

/** Display width: CJK and full-width characters count double. */
const displayWidth = (text: string): number =>
  [...text].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

/**
 * The wide table as an .xlsx workbook, the same columns as the CSV: per indicator a numeric column
 * `名称（单位）` (numbers only; a placeholder is an empty yellow cell) and a text column `名称·说明`
 * (占位符, 限定:余, 单位:份, 计划目标, 共N处), so a placeholder and "not mentioned" differ in the data,
 * not only in colour. Bold frozen header, column widths from the content.
 */
export async function indicatorTableToXlsx(table: IndicatorTable): Promise<Buffer> {
  // loaded on demand: exceljs takes a few hundred milliseconds to import, and most commands never need it
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'zhibiao';
  const sheet = workbook.addWorksheet('indicators', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const headers = table.columns.flatMap((c) => (c.kind === 'indicator' ? [valueHeader(c), noteHeader(c)] : [c.header]));
  sheet.addRow(headers);
  sheet.getRow(1).font = { bold: true };
  let col = 1;
  for (const c of table.columns) {
    if (c.kind === 'indicator') sheet.getCell(1, col).note = c.key;
    col += c.kind === 'indicator' ? 2 : 1;
  }

  for (const row of table.rows) {
    const excelRow = sheet.addRow([]);
    let i = 1;
    for (const c of table.columns) {
      const target = excelRow.getCell(i);
      if (c.kind === 'file') target.value = row.file;
      else if (c.kind === 'org') target.value = row.org;
      else if (c.kind === 'year') target.value = row.year;
      else {
        const cell = row.cells.get(c.key);
        if (cell) {
          target.value = cell.placeholder ? null : cell.value;
          if (cell.placeholder) target.fill = PLACEHOLDER_FILL;
          else if (!cell.unitAgrees) target.fill = MISMATCH_FILL;
          if (cell.plan) target.font = { italic: true, color: { argb: 'FF666666' } };
          const note = cellNote(cell);
          if (note) excelRow.getCell(i + 1).value = note;
        }
      }
      i += c.kind === 'indicator' ? 2 : 1;
    }
  }

  headers.forEach((h, i) => {
    const texts = [h, ...table.rows.map((_, r) => String(sheet.getCell(r + 2, i + 1).value ?? ''))];
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, ...texts.map(displayWidth)) + 2);
  });
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
