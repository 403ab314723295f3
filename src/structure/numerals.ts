const DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Value of a small Chinese numeral (一 … 九十九) or Arabic digits; NaN when it is neither. */
export function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? (DIGITS[s] ?? Number.NaN) : Number.NaN;
  if (s.indexOf('十', ten + 1) !== -1) return Number.NaN;
  const high = ten === 0 ? 1 : s.length >= 1 && ten === 1 ? (DIGITS[s[0]!] ?? Number.NaN) : Number.NaN;
  const rest = s.slice(ten + 1);
  const low = rest === '' ? 0 : rest.length === 1 ? (DIGITS[rest] ?? Number.NaN) : Number.NaN;
  return high * 10 + low;
}
