import { unitsAgree } from '../units.js';
import type { CheckQuantity, CheckReport, Finding } from './model.js';
import { YEAR_JUMP_FACTOR } from './relations.js';
import { finding } from './within-report.js';

interface Shown {
  readonly report: CheckReport;
  readonly q: CheckQuantity;
  readonly value: number;
  readonly unit: string;
}

/**
 * A shown value at least ten times (or at most a tenth of) the same organisation's value for the
 * year before, same indicator, units that agree. Organisations must match exactly; an
 * organisation-year with two reports is ambiguous and skipped; percentages are left out.
 */
export function checkYearJumps(reports: readonly CheckReport[]): Finding[] {
  const groups = new Map<string, CheckReport[]>();
  for (const r of reports) {
    if (!r.org || r.year === null) continue;
    const key = `${r.org}\u0000${r.year}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const shownOf = (r: CheckReport): Map<string, Shown> => {
    const m = new Map<string, Shown>();
    for (const o of r.observations) {
      const q = r.quantities[o.quantityIndex];
      if (!o.shown || !q || o.placeholder || o.plan || o.value === null || o.value <= 0 || o.unit === '%' || q.change !== null) continue;
      m.set(o.indicatorId, { report: r, q, value: o.value, unit: o.unit });
    }
    return m;
  };
  const out: Finding[] = [];
  for (const [key, list] of groups) {
    if (list.length !== 1) continue;
    const current = list[0]!;
    const [org] = key.split('\u0000');
    const previous = groups.get(`${org}\u0000${current.year! - 1}`);
    if (!previous || previous.length !== 1) continue;
    const now = shownOf(current);
    const then = shownOf(previous[0]!);
    for (const [indicatorId, cur] of now) {
      const old = then.get(indicatorId);
      if (!old || !unitsAgree(old.unit, cur.unit)) continue;
      const ratio = cur.value / old.value;
      if (ratio < YEAR_JUMP_FACTOR && ratio > 1 / YEAR_JUMP_FACTOR) continue;
      const how = ratio >= YEAR_JUMP_FACTOR ? `${format(ratio)} times` : `1/${format(1 / ratio)} of`;
      out.push(finding('jump-from-last-year', 'warning', current.file, cur.q, indicatorId,
        `${indicatorId} ${cur.q.text} is ${how} ${current.year! - 1}'s ${old.q.text} (${old.report.file})`, old.q, old.report.file));
    }
  }
  return out;
}

const format = (n: number): string => (n >= 100 ? String(Math.round(n)) : n.toFixed(1).replace(/\.0$/, ''));
