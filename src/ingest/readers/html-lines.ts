/**
 * A DOM (linkedom, from a web page or mammoth's HTML of a .docx) → plain text, one paragraph per
 * line. Block elements end a line; `<br>` ends a line; whitespace inside a paragraph collapses to one
 * space. A data table becomes one line per row with its cells in order, separated by a tab (the
 * table-units stage reads the header units from those lines); a layout table (cells holding long
 * text or other tables) is read as ordinary blocks.
 */

/** The minimal DOM surface used here (linkedom implements it). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'SELECT', 'BUTTON', 'HEAD', 'TITLE']);

/** A table cell longer than this, or a nested table, marks a layout table. */
const MAX_DATA_CELL = 120;

export function domToLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\u00a0\u3000]+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/[\s\u00a0]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (NEVER_TEXT.has(name)) return;
    if (name === 'BR') return flush();
    if (name === 'TABLE' && isDataTable(node)) {
      flush();
      for (const row of tableRows(node)) lines.push(row);
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

function elements(node: DomNode, name: string, out: DomNode[] = [], stopAt = 'TABLE'): DomNode[] {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    const n = child.nodeName.toUpperCase();
    if (n === name) out.push(child);
    else if (n !== stopAt) elements(child, name, out, stopAt);
  }
  return out;
}

/** The rows of this table (not of tables nested in it). */
const rowsOf = (table: DomNode): DomNode[] => elements(table, 'TR');

const cellsOf = (row: DomNode): DomNode[] =>
  Array.from(row.childNodes).filter((c) => c.nodeType === ELEMENT_NODE && /^(TD|TH)$/i.test(c.nodeName));

/** The text of one cell on one line: its paragraphs joined by a space. */
const cellText = (cell: DomNode): string => domToLines(cell).join(' ').replace(/\t/g, ' ');

function isDataTable(table: DomNode): boolean {
  const rows = rowsOf(table);
  if (rows.length === 0) return false;
  for (const row of rows) {
    for (const cell of cellsOf(row)) {
      if (elements(cell, 'TABLE', [], '').length > 0) return false;
      if ((cell.textContent ?? '').replace(/\s+/g, '').length > MAX_DATA_CELL) return false;
    }
  }
  return true;
}

/** One line per row: its cells' texts in order, tab-separated; empty rows dropped. */
function tableRows(table: DomNode): string[] {
  const out: string[] = [];
  for (const row of rowsOf(table)) {
    const cells = cellsOf(row).map(cellText);
    if (cells.some((c) => c !== '')) out.push(cells.join('\t'));
  }
  return out;
}
