import { markedContext } from '../context.js';
import { unitsAgree } from '../units.js';
import type { CheckObservation, CheckQuantity, CheckReport, Finding, FindingCode, FindingSeverity } from './model.js';
import {
  BOUNDED_RATE_WORDS, CARRY_OVER_WORDS, FLOW_RELATIONS, LOWER_BOUND_QUALIFIERS, RATE_GAP, SUBCOUNT_MARKERS,
} from './relations.js';

const isLowerBound = (q: CheckQuantity): boolean =>
  q.qualifier !== null && q.qualifier.split('+').some((w) => LOWER_BOUND_QUALIFIERS.includes(w));

/** A value a check may compare: a number, a result (not a plan), a total (not a part such as 其中…), no change. */
const comparable = (o: CheckObservation, q: CheckQuantity | undefined): q is CheckQuantity =>
  q !== undefined && !o.placeholder && !o.plan && o.scope === null && o.value !== null && q.change === null;

export function finding(
  code: FindingCode, severity: FindingSeverity, file: string, q: CheckQuantity, indicatorId: string | null,
  message: string, related: CheckQuantity | null, relatedFile: string = file,
): Finding {
  return {
    code, severity, file, line: q.line, column: q.column, sectionPath: q.sectionPath, indicatorId, message,
    ...markedContext(q.sentence, q.sentenceStart, q.start, q.end),
    related: related ? { file: relatedFile, line: related.line, column: related.column, text: related.text } : null,
  };
}

const sameSection = (a: CheckQuantity, b: CheckQuantity): boolean =>
  a.sectionLine === b.sectionLine && a.sectionPath.join('\u0000') === b.sectionPath.join('\u0000');

/**
 * closed > received (and mediated > screened, succeeded > mediated) for the same matter: the later
 * stage is paired with the nearest earlier-stage statement before it in the same section, with no
 * other later-stage statement between them; sentences about carried-over or cumulative cases are
 * left alone.
 */
export function checkFlows(report: CheckReport): Finding[] {
  const out: Finding[] = [];
  const obs = [...report.observations].sort((a, b) => quantityOf(report, a).start - quantityOf(report, b).start || a.index - b.index);
  for (const { before, after } of FLOW_RELATIONS) {
    let lastBefore: { o: CheckObservation; q: CheckQuantity } | null = null;
    for (const o of obs) {
      const q = report.quantities[o.quantityIndex];
      if (o.indicatorId === before) {
        lastBefore = comparable(o, q) ? { o, q } : null;
        continue;
      }
      if (o.indicatorId !== after || !lastBefore) continue;
      const prev = lastBefore;
      lastBefore = null; // one later-stage statement per earlier one
      if (!comparable(o, q) || !sameSection(prev.q, q) || !unitsAgree(prev.o.unit, o.unit)) continue;
      if (isLowerBound(prev.q) || q.high !== null || prev.q.high !== null) continue;
      const span = spanText(prev.q, q);
      if (CARRY_OVER_WORDS.some((w) => span.includes(w))) continue;
      if (o.value! > prev.o.value!) {
        out.push(finding('closed-exceeds-received', 'warning', report.file, q, after,
          `${after} ${q.text} is more than ${before} ${prev.q.text} (line ${prev.q.line})`, prev.q));
      }
    }
  }
  return out;
}

/** The text from the first quantity's sentence start to the end of the second's sentence. */
function spanText(a: CheckQuantity, b: CheckQuantity): string {
  if (a.sentenceStart === b.sentenceStart) return a.sentence;
  return `${a.sentence}${b.sentence}`;
}

const quantityOf = (report: CheckReport, o: CheckObservation): CheckQuantity => report.quantities[o.quantityIndex]!;

/**
 * 受理12件，其中许可类15件: inside one sentence, a count after 其中 (up to the next ；) larger than
 * the count of the same unit right before 其中. A lower-bound total (1200余件) is not checked.
 */
export function checkSubcounts(report: CheckReport): Finding[] {
  const out: Finding[] = [];
  const bySentence = new Map<number, CheckQuantity[]>();
  for (const q of report.quantities) bySentence.set(q.sentenceStart, [...(bySentence.get(q.sentenceStart) ?? []), q]);
  for (const [sentenceStart, qs] of bySentence) {
    const sentence = qs[0]!.sentence;
    for (const marker of SUBCOUNT_MARKERS) {
      for (let at = sentence.indexOf(marker); at >= 0; at = sentence.indexOf(marker, at + marker.length)) {
        const markerStart = sentenceStart + at;
        const total = qs.filter((q) => q.end <= markerStart).at(-1);
        if (!total || total.placeholder || total.value === null || total.unit === '%' || total.change !== null) continue;
        if (isLowerBound(total)) continue;
        const stop = nextStop(sentence, at + marker.length, sentenceStart);
        for (const part of qs.filter((q) => q.start > markerStart && q.start < stop)) {
          if (part.placeholder || part.value === null || part.change !== null || !unitsAgree(part.unit, total.unit)) continue;
          const totalMax = total.high ?? total.value;
          if (part.value > totalMax) {
            const indicatorId = report.observations.find((o) => o.quantityIndex === part.index)?.indicatorId ?? null;
            out.push(finding('subcount-exceeds-total', 'error', report.file, part, indicatorId,
              `the part ${part.text} after ${marker} is more than the total ${total.text} before it`, total));
          }
        }
      }
    }
  }
  return out;
}

/** Absolute offset of the next 其中 / ； / 。 after `from` (sentence-relative), else the sentence end. */
function nextStop(sentence: string, from: number, sentenceStart: number): number {
  const rest = sentence.slice(from);
  const i = rest.search(/其中|[；;。]/u);
  return sentenceStart + (i < 0 ? sentence.length : from + i);
}

/**
 * A share above 100%: a value of a rate indicator (one whose units are only %), or a % value right
 * after a bounded-rate word (成功率达120%). Changes (同比增长150%) are not shares.
 */
export function checkRates(report: CheckReport, rateIndicators: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  for (const q of report.quantities) {
    if (q.unit !== '%' || q.placeholder || q.value === null || q.change !== null) continue;
    const top = Math.max(q.value, q.high ?? q.value);
    if (top <= 100) continue;
    const o = report.observations.find((x) => x.quantityIndex === q.index && rateIndicators.has(x.indicatorId));
    const before = q.sentence.slice(0, q.start - q.sentenceStart);
    const word = BOUNDED_RATE_WORDS.find((w) => {
      const at = before.lastIndexOf(w);
      return at >= 0 && RATE_GAP.test(before.slice(at + w.length));
    });
    if (!o && !word) continue;
    const what = o ? o.indicatorId : word!;
    out.push(finding('rate-over-100', 'error', report.file, q, o?.indicatorId ?? null, `${what} ${q.text} is above 100%`, null));
  }
  return out;
}

/**
 * One report giving one indicator two different values in its results sections: two statements
 * in different sentences, both results (not plans, not in a breakdown after 其中), same unit, exact
 * values that differ, and said the same way — the clauses leading to the two values share at
 * least CLAUSE_SIMILARITY (0.65) of their character pairs, so 简易程序案件55603件 and 一般程序案件2326件
 * (two kinds of one indicator) are not a conflict while 受理行政复议案件12件 and 共受理行政复议案件15件
 * are. Values in one sentence are a list (全国13个、省级546个) and are not compared.
 */
export function checkConflicts(report: CheckReport): Finding[] {
  const out: Finding[] = [];
  const byIndicator = new Map<string, Array<{ o: CheckObservation; q: CheckQuantity }>>();
  for (const o of report.observations) {
    const q = report.quantities[o.quantityIndex];
    if (!comparable(o, q) || q.role !== 'results' || q.qualifier !== null || q.high !== null) continue;
    if (SUBCOUNT_MARKERS.some((m) => q.sentence.slice(0, q.start - q.sentenceStart).includes(m))) continue;
    byIndicator.set(o.indicatorId, [...(byIndicator.get(o.indicatorId) ?? []), { o, q }]);
  }
  for (const [indicatorId, list] of byIndicator) {
    const first = list[0]!;
    const other = list.find((x) => x.q.sentenceStart !== first.q.sentenceStart && unitsAgree(x.o.unit, first.o.unit)
      && x.o.value !== first.o.value && similarity(leadIn(x.q), leadIn(first.q)) >= CLAUSE_SIMILARITY);
    if (!other) continue;
    out.push(finding('conflicting-values', 'warning', report.file, other.q, indicatorId,
      `${indicatorId} is ${other.q.text} here but ${first.q.text} on line ${first.q.line}`, first.q));
  }
  return out;
}

/** Share of character pairs two lead-in clauses have in common (Dice) for them to say the same thing. */
export const CLAUSE_SIMILARITY = 0.65;

/** Words that open a clause without changing what it counts. */
const NEUTRAL_LEAD = /^(全年|年内|本年度|今年|去年|共|累计|全市|全区|全县|全镇|我局|我委|我市|我区|我县|我镇|依法|积极|共计|合计|一共)+/u;

/** The clause before a value: from the last clause mark before it, neutral openers and digits removed. */
export function leadIn(q: CheckQuantity): string {
  const before = q.sentence.slice(0, q.start - q.sentenceStart);
  const clause = before.slice(Math.max(...['，', ',', '；', ';', '：', ':', '。', '、'].map((m) => before.lastIndexOf(m))) + 1);
  return clause.replace(/[\s\d.%*＊]+/gu, '').replace(NEUTRAL_LEAD, '').replace(/(共|累计|共计|合计)/gu, '');
}

/** Dice coefficient over character bigrams (single characters for one-character strings). */
export function similarity(a: string, b: string): number {
  const grams = (s: string): string[] => (s.length < 2 ? [s] : [...s].slice(1).map((c, i) => s[i] + c));
  const ga = grams(a);
  const gb = grams(b);
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of ga) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (ga.length + gb.length);
}
