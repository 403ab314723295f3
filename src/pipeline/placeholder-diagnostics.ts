import type { Diagnostic } from '../core/diagnostic.js';
import type { Observation, PlacedQuantity } from '../core/document.js';
import type { RuleSet } from '../rules/compile.js';

/** Every placeholder becomes an `info` diagnostic naming the indicator it stands for, if any. */
export function placeholderDiagnostics(
  quantities: readonly PlacedQuantity[],
  observations: readonly Observation[],
  ruleSet: RuleSet,
): Diagnostic[] {
  const names = new Map(ruleSet.indicators.map((i) => [i.id, i.name]));
  const byQuantity = new Map<number, string[]>();
  for (const o of observations) byQuantity.set(o.quantityIndex, [...(byQuantity.get(o.quantityIndex) ?? []), o.indicatorId]);
  return quantities
    .filter((q) => q.placeholder)
    .map((q) => {
      const ids = byQuantity.get(q.index) ?? [];
      const what = ids.length ? ` for ${ids.map((id) => `${names.get(id) ?? id} (${id})`).join(', ')}` : '';
      return {
        severity: 'info',
        code: 'placeholder',
        stage: 'quantities',
        span: q.span,
        message: `placeholder ${q.text}${what}`,
      } satisfies Diagnostic;
    });
}
