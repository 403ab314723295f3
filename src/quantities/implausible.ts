import type { Diagnostic } from '../core/diagnostic.js';
import type { Quantity } from './quantity.js';

/**
 * Beyond 10^15 (a thousand trillion, more than any figure a government report states, and close to
 * where doubles stop holding integers exactly) a "number" is a run of digits that is not an amount:
 * an ID, a code, digits glued together by a conversion. Stored as a value it would swamp any sum.
 */
export const MAX_PLAIN_VALUE = 1e15;

export type ImplausibleReason = 'too-large' | 'reversed-range';

/** Why a resolved quantity cannot be stored as a plain value, or null when it can. */
export function implausibleReason(q: Quantity): ImplausibleReason | null {
  if (q.placeholder) return null;
  if (Math.abs(q.value ?? 0) >= MAX_PLAIN_VALUE || Math.abs(q.high ?? 0) >= MAX_PLAIN_VALUE) return 'too-large';
  if (q.value !== null && q.high !== null && q.high < q.value) return 'reversed-range'; // 23453至5%
  return null;
}

/**
 * Keep the plausible quantities; each implausible one becomes a `warning` diagnostic at its place
 * (stored with the report and shown by the tools), never a value an indicator could pick up.
 */
export function withoutImplausible<Q extends Quantity>(quantities: readonly Q[]): { kept: Q[]; flagged: Diagnostic[] } {
  const kept: Q[] = [];
  const flagged: Diagnostic[] = [];
  for (const q of quantities) {
    const reason = implausibleReason(q);
    if (!reason) {
      kept.push(q);
      continue;
    }
    const why = reason === 'too-large' ? `beyond 10^15 (${q.value === null ? '' : q.value.toExponential(2)})` : `a range whose upper end ${q.high} is below its lower end ${q.value}`;
    flagged.push({ severity: 'warning', code: 'implausible-value', stage: 'quantities', span: q.span, message: `not stored as a value: ${q.text.replace(/\s+/g, ' ')} is ${why}` });
  }
  return { kept, flagged };
}
