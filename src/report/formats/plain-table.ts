/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export const displayWidth = (text: string): number =>
  [...text].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

/** Rows of strings (header first) as aligned columns separated by two spaces; `right` columns right-aligned. */
export function plainTable(grid: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  const widths: number[] = [];
  for (const row of grid) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const pad = (cell: string, i: number): string => {
    const fill = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
    return right.has(i) ? fill + cell : cell + fill;
  };
  return grid.map((row) => row.map(pad).join('  ').trimEnd()).join('\n') + '\n';
}
