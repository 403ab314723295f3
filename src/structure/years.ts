const CN_DIGITS: Readonly<Record<string, string>> = {
  〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/** A year written in digits (`2023`) or in Chinese digits (`二〇二三`), not part of a longer number. */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)|([一二][〇零○一二三四五六七八九]{3})(?=年)/g;

export interface YearMatch {
  readonly year: number;
  readonly index: number;
  readonly length: number;
}

/** Years in `s` in text order; with `withNian`, only those followed by 年 (`2023年`, `2023 年`). */
export function findYears(s: string, withNian = false): YearMatch[] {
  const out: YearMatch[] = [];
  for (const m of s.matchAll(YEAR)) {
    const digits = m[1] ?? [...m[2]!].map((c) => CN_DIGITS[c] ?? '').join('');
    const year = Number(digits);
    if (!(year >= 1900 && year < 2100)) continue;
    if (withNian && !/^\s?年/.test(s.slice(m.index + m[0].length))) continue;
    out.push({ year, index: m.index, length: m[0].length });
  }
  return out;
}
