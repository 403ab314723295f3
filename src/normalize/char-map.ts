/**
 * The 1:1 substitution table of normalisation: every entry maps one UTF-16 unit to one UTF-16 unit,
 * so normalised text keeps every offset of the raw text.
 */
const pairs: Array<[string, string]> = [
  ['\r', ' '],
  ['\u3000', ' '], // ideographic space
  ['\u00a0', ' '],
  ['\t', ' '],
  ['\ufeff', ' '], // stray BOM / zero-width no-break space
  ['％', '%'],
  ['＊', '*'],
  ['．', '.'],
  ['﹪', '%'],
  ['＋', '+'],
  ['－', '-'],
  ['～', '~'],
  ['／', '/'],
  ['Ｘ', 'X'],
  ['ｘ', 'x'],
];

export const CHAR_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>(pairs);
  for (let d = 0; d <= 9; d++) map.set(String.fromCharCode(0xff10 + d), String(d)); // ０-９
  for (const [from, to] of map) {
    if (from.length !== 1 || to.length !== 1) throw new Error(`char-map entry ${from}→${to} is not 1:1`);
  }
  return map;
})();
