/**
 * Speech-style reports (政府工作报告 and the like): the line that says when and where the speech was
 * delivered, the organisation a speaker stands for (`我代表县人民政府`), the place that completes an
 * abbreviated name, and the year under review rather than the year of delivery.
 */
import { findYears } from './years.js';

/** `——2024年1月15日在青山县第十八届人民代表大会第三次会议上`: when and where a speech was given. */
const DELIVERY = /^[—－-]{1,2}\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:在(.*))?$/;
/** `我代表县人民政府，向大会报告工作`: the organisation the speaker represents. */
const DELEGATION = /我代表([\u4e00-\u9fff]{0,14}?(?:人民政府|政府|委员会|常务委员会))/;
/** `一、2023年工作回顾`, `2023年主要工作回顾`: the year a speech reviews. */
const REVIEWED = /((?:19|20)\d{2})\s*年(?:[\u4e00-\u9fff]{0,4}工作)?回顾/;
/** Titles of reports that are delivered the year after the year they review. */
const NEXT_YEAR_TITLES = /政府工作报告|常务委员会工作报告|人民法院工作报告|人民检察院工作报告/;
/** A place name ending in an administrative level: `青山县`, `江城市`, `东湖区`. */
const PLACE = /(?:^|在|年|度|[\s—－-])([\u4e00-\u9fff]{2,8}?(?:自治州|自治县|省|市|州|盟|县|区|旗))/;
/** A name that opens with a bare level character: `县人民政府`, `市市场监管局`. */
const ABBREVIATED = /^(?:自治州|自治县|省|市|州|盟|县|区|旗)/;

export interface Delivery {
  readonly year: number;
  /** where, e.g. `青山县第十八届人民代表大会第三次会议上` */
  readonly place: string;
}

export function deliveryOf(line: string): Delivery | null {
  const m = DELIVERY.exec(line.trim());
  return m ? { year: Number(m[1]), place: m[2] ?? '' } : null;
}

export function delegationOrg(opening: string | null): string | null {
  return opening === null ? null : (DELEGATION.exec(opening)?.[1] ?? null);
}

/** The first place named in `texts` (title lines, the delivery line). */
export function placeIn(texts: readonly string[]): string | null {
  for (const t of texts) {
    const m = PLACE.exec(t);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * `县人民政府` with a title naming 青山县 → `青山县人民政府`; `市市场监管局` with 江城市 → `江城市市场监管局`.
 * Only when the name opens with the same level character the place ends with; else unchanged.
 */
export function completeOrg(org: string, place: string | null): string {
  const level = ABBREVIATED.exec(org)?.[0];
  if (!level || !place || !place.endsWith(level) || org.startsWith(place)) return org;
  return place + org.slice(level.length);
}

/**
 * The year under review of a speech: a `YYYY年工作回顾` heading, else, for a report delivered the
 * year after the one it reviews (政府工作报告), the year before delivery; null when neither says.
 */
export function reviewedYear(text: string, title: string, delivery: Delivery | null): number | null {
  // the regex scan of the whole text only when its last word is there at all
  const heading = text.includes('回顾') ? REVIEWED.exec(text) : null;
  if (heading && (delivery !== null || NEXT_YEAR_TITLES.test(title))) return Number(heading[1]);
  if (delivery && NEXT_YEAR_TITLES.test(title)) return delivery.year - 1;
  return null;
}

/**
 * The year an opening paragraph reports on. `今年以来` with years before it compares the present
 * with the past (`从2019年的15%提高到2020年的29%；今年以来…到2021年…`): the latest year written
 * is this year. Otherwise the first year written.
 */
export function openingYear(opening: string, reach: number): number | null {
  const all = findYears(opening, true);
  // 2021-2025年 is a plan period; 到2021年 ends a comparison (提高到2021年的…) and still counts for 今年
  const latest = all.filter((m) => !/[-—–~～至]/.test(opening[m.index - 1] ?? ''));
  // (a loop, not Math.max(...): a paragraph of a million years would overflow the call stack)
  if (/今年/.test(opening) && latest.length > 1) return latest.reduce((max, m) => Math.max(max, m.year), -Infinity);
  return all.find((m) => m.index < reach && !/[-—–~～至到]/.test(opening[m.index - 1] ?? ''))?.year ?? null;
}
