/** 1-based line of the first occurrence of `needle` in `text`, or null. */
export function lineOf(text: string, needle: string): number | null {
  const at = text.indexOf(needle);
  if (at === -1) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
