import type { SourceText } from '../core/source-text.js';
import type { CompiledLexicon, Quantity } from '../quantities/index.js';
import { findTableBlocks, type TableBlock, type TableCell } from './table-blocks.js';
import { NOT_MEASURED, captionUnit, headerUnit, type HeaderUnit } from './header-units.js';

/** A number alone in a table cell, with the unit its header declares (and that header). */
export interface CellQuantity extends Quantity {
  readonly header: string;
}

const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Adds the quantities of table cells to the scanner's: a cell that holds only a number (`61`,
 * `1,203`, `95.1`) or only a placeholder mark (`*`, `XX`) takes its unit from its column header
 * (`受理数（件）`), else from its row header (the row's first cell), else from a `单位：件` caption.
 * Cells the scanner already read (`61件`) keep the scanner's quantity. The result stays in text
 * order and never overlaps. Pure: text and lexicon in, quantities out.
 */
export function addTableCellQuantities(src: SourceText, scanned: readonly Quantity[], lex: CompiledLexicon): Quantity[] {
  // tabs live in the raw text (normalisation maps them to spaces); numbers are read in the normalised one
  const cells = findTableBlocks(src.raw).flatMap((block) => blockQuantities(src, block, lex));
  if (cells.length === 0) return [...scanned];
  const free = cells.filter((c) => !scanned.some((q) => q.span.start < c.span.end && c.span.start < q.span.end));
  return [...scanned, ...free].sort((a, b) => a.span.start - b.span.start);
}

function blockQuantities(src: SourceText, block: TableBlock, lex: CompiledLexicon): CellQuantity[] {
  const width = modalWidth(block);
  const header = alignedHeader(block.header.cells, width);
  const columnUnits = header.map((h) => (NOT_MEASURED.test(h) ? null : headerUnit(h, lex)));
  const caption = captionUnit(`${block.caption}\n${block.header.cells.map((c) => c.text).join(' ')}`, lex);
  const captionText = caption ? (/单位\s*[:：][^\n]*/.exec(`${block.caption}\n${header.join(' ')}`)?.[0] ?? '') : '';
  const out: CellQuantity[] = [];
  for (const row of block.rows) {
    const rowHeader = row.cells[0]?.text ?? '';
    const rowUnit = NOT_MEASURED.test(rowHeader) ? null : headerUnit(rowHeader, lex);
    row.cells.forEach((cell, j) => {
      const column = header.length === row.cells.length ? j : -1;
      if (j === 0 && !(column === 0 && columnUnits[0])) return; // the row's own header
      const columnHeader = column >= 0 ? header[column]! : '';
      const measured = column < 0 || !NOT_MEASURED.test(columnHeader);
      const found: [HeaderUnit, string] | null =
        column >= 0 && columnUnits[column] ? [columnUnits[column]!, columnHeader]
        : rowUnit && j > 0 ? [rowUnit, rowHeader]
        : caption && measured ? [caption, captionText]
        : null;
      if (!found) return;
      const q = cellQuantity(src, cell, found[0], found[1], lex);
      if (q) out.push(q);
    });
  }
  return out;
}

function cellQuantity(src: SourceText, cell: TableCell, unit: HeaderUnit, header: string, lex: CompiledLexicon): CellQuantity | null {
  const text = src.text.slice(cell.start, cell.end);
  const placeholder = lex.marks.words.includes(text);
  const m = NUMBER.exec(text);
  if (!m && !placeholder) return null;
  const span = src.span(cell.start, cell.end);
  const value = m ? Number(text.replace(/,/g, '')) * unit.scale : null;
  return {
    span,
    numberSpan: span,
    unitSpan: null,
    text: src.slice(span),
    value: value === null ? null : Math.round(value * 1e6) / 1e6,
    high: null,
    unit: unit.unit.unit,
    unitKind: unit.unit.kind,
    qualifier: null,
    placeholder,
    change: null,
    header,
  };
}

/** The number of cells most data rows have. */
function modalWidth(block: TableBlock): number {
  const counts = new Map<number, number>();
  for (const r of block.rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? block.header.cells.length;
}

/**
 * Header texts, one per column. A header that came out of a PDF as one run (`受理数（件） 办结数（件）`)
 * has fewer cells than the rows: its cells are split on spaces when that gives exactly the rows' width.
 */
function alignedHeader(cells: readonly TableCell[], width: number): string[] {
  const texts = cells.map((c) => c.text);
  if (texts.length >= width) return texts;
  const split = texts.flatMap((t) => t.split(/\s+/).filter(Boolean));
  return split.length === width ? split : texts;
}
