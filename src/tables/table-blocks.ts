/**
 * Tables in a report's text, as the readers write them: one line per row, cells separated by tabs
 * (a .txt saved from Excel or Word has the same shape). A block is a run of consecutive lines with at
 * least two cells; its first row is the header. Positions are offsets into the text.
 */

export interface TableCell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  readonly line: number;
}

export interface TableBlock {
  readonly header: TableRow;
  readonly rows: readonly TableRow[];
  /** up to two non-empty lines above the header (`表1 …`, `单位：件`) */
  readonly caption: string;
}

/** Splits one line (from `start`) into tab-separated cells, each trimmed, with offsets. */
export function splitCells(line: string, start: number): TableCell[] {
  const cells: TableCell[] = [];
  let from = 0;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    cells.push({ text, start: start + from + lead, end: start + from + lead + text.length });
    from += part.length + 1;
  }
  return cells;
}

export function findTableBlocks(text: string): TableBlock[] {
  const lines = text.split('\n');
  const blocks: TableBlock[] = [];
  let offset = 0;
  let current: TableRow[] = [];
  const starts: number[] = [];
  const close = (endIndex: number) => {
    if (current.length >= 2) {
      const first = current[0]!.line - 1;
      const caption = lines.slice(Math.max(0, first - 2), first).filter((l) => l.trim() !== '').join('\n');
      blocks.push({ header: current[0]!, rows: current.slice(1), caption });
    }
    current = [];
    void endIndex;
  };
  lines.forEach((line, i) => {
    starts.push(offset);
    const cells = line.includes('\t') ? splitCells(line, offset).filter((c, j, all) => c.text !== '' || j < all.length - 1) : [];
    if (cells.filter((c) => c.text !== '').length >= 2) current.push({ cells, line: i + 1 });
    else close(i);
    offset += line.length + 1;
  });
  close(lines.length);
  return blocks;
}
