import type ExcelJS from 'exceljs';
import type { IndicatorCell, IndicatorTable } from '../indicator-table.js';

const PLACEHOLDER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF3B0' } };

/** Display width: CJK and full-width characters count double. */
const displayWidth = (text: string): number =>
  [...text].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

function cellNote(cell: IndicatorCell): string | undefined {
  const notes: string[] = [];
  if (cell.placeholder) notes.push(`占位符：原文未给出数值（第${cell.line}行）`);
  if (cell.plan) notes.push('计划目标，非完成数');
  if (cell.qualifier) notes.push(`限定词：${cell.qualifier}`);
  if (cell.count > 1) notes.push(`本报告共${cell.count}处，取正文中第一处（见 indicator_values）`);
  return notes.length ? notes.join('\n') : undefined;
}

/**
 * The wide table as an .xlsx workbook: bold frozen header, numbers as numeric cells, a placeholder
 * as an empty yellow cell with a note, column widths from the content.
 */
export async function indicatorTableToXlsx(table: IndicatorTable): Promise<Buffer> {
  // loaded on demand: exceljs takes a few hundred milliseconds to import, and most commands never need it
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'zhibiao';
  const sheet = workbook.addWorksheet('indicators', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key }));
  sheet.getRow(1).font = { bold: true };
  table.columns.forEach((c, i) => {
    if (c.kind === 'indicator') sheet.getCell(1, i + 1).note = c.key;
  });

  for (const row of table.rows) {
    const excelRow = sheet.addRow([]);
    table.columns.forEach((c, i) => {
      const target = excelRow.getCell(i + 1);
      if (c.kind === 'file') target.value = row.file;
      else if (c.kind === 'org') target.value = row.org;
      else if (c.kind === 'year') target.value = row.year;
      else {
        const cell = row.cells.get(c.key);
        if (!cell) return;
        target.value = cell.placeholder ? null : cell.value;
        if (cell.placeholder) target.fill = PLACEHOLDER_FILL;
        if (cell.plan) target.font = { italic: true, color: { argb: 'FF666666' } };
        const note = cellNote(cell);
        if (note) target.note = note;
      }
    });
  }

  table.columns.forEach((c, i) => {
    const texts = [c.header, ...table.rows.map((_, r) => String(sheet.getCell(r + 2, i + 1).value ?? ''))];
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, ...texts.map(displayWidth)) + 2);
  });
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
