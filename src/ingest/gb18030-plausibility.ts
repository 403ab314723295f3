/**
 * Whether bytes that are not UTF-8 are plausibly a Chinese text in GB18030/GBK/GB2312.
 *
 * iconv-lite decodes almost any byte string as GB18030, so "it decoded" proves nothing. Three
 * signals must agree: few replacement characters; a decent share of CJK characters; and most
 * double-byte sequences fall in the GB2312 hanzi/symbol rows (lead A1–A9 or B0–F7, trail A1–FE),
 * where real Chinese prose lives (>95%) but Big5 text or a damaged UTF-8 file does not (~40–60%).
 */

export const GB_THRESHOLDS = { maxReplacementShare: 0.005, minCjkShare: 0.3, minGb2312Share: 0.8 } as const;

export interface Gb18030Verdict {
  readonly ok: boolean;
  /** short measurements, quoted in the error message when `ok` is false */
  readonly detail: string;
}

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export function judgeGb18030(bytes: Uint8Array, text: string): Gb18030Verdict {
  let visible = 0;
  let cjk = 0;
  let replacement = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    visible++;
    if (ch === '\ufffd') replacement++;
    else if (CJK.test(ch)) cjk++;
  }
  const { pairs, gb2312 } = countPairs(bytes);
  const replacementShare = replacement / Math.max(visible, 1);
  const cjkShare = cjk / Math.max(visible, 1);
  const gb2312Share = pairs === 0 ? 0 : gb2312 / pairs;
  const ok =
    replacementShare <= GB_THRESHOLDS.maxReplacementShare &&
    cjkShare >= GB_THRESHOLDS.minCjkShare &&
    gb2312Share >= GB_THRESHOLDS.minGb2312Share;
  const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;
  return {
    ok,
    detail: `${pct(cjkShare)} CJK, ${replacement} undecodable, ${pct(gb2312Share)} of double-byte codes in GB2312 rows`,
  };
}

/** Walks GB18030 byte structure: single byte < 0x80, four-byte (2nd byte 0x30–0x39), else double-byte. */
function countPairs(bytes: Uint8Array): { pairs: number; gb2312: number } {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const next = bytes[i + 1] ?? -1;
    if (lead < 0x80 || lead === 0x80 || lead === 0xff) i += 1;
    else if (next >= 0x30 && next <= 0x39) i += 4;
    else if (next >= 0x40 && next <= 0xfe && next !== 0x7f) {
      pairs++;
      const row = (lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xf7);
      if (row && next >= 0xa1) gb2312++;
      i += 2;
    } else i += 1;
  }
  return { pairs, gb2312 };
}
