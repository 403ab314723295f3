import type { Gold, Predicted } from './gold.js';
import { matchItems, type LayerScore } from './score.js';

export const LAYERS = ['meta', 'headings', 'quantities', 'placeholders', 'indicators'] as const;
export type Layer = (typeof LAYERS)[number];

export interface FileComparison {
  readonly file: string;
  readonly scores: Record<Layer, LayerScore>;
  readonly missed: Record<Layer, string[]>;
  readonly extra: Record<Layer, string[]>;
}

const num = (v: number | null) => (v === null ? 'null' : String(Math.round(v * 1000) / 1000));
const qKey = (q: { line: number; unit: string; value: number | null; placeholder: boolean }) =>
  `${q.line}|${q.unit}|${q.placeholder ? 'placeholder' : num(q.value)}`;
const iKey = (i: { id: string; line: number; value: number | null; placeholder: boolean }) =>
  `${i.id}|${i.line}|${i.placeholder ? 'placeholder' : num(i.value)}`;
const hKey = (h: { line: number; level: number; marker: string | null }) => `${h.line}|${h.level}|${h.marker ?? ''}`;

/** Score one prediction against its gold, as FORMAT.md § Matching says. */
export function compareFile(gold: Gold, pred: Predicted): FileComparison {
  const scores = {} as Record<Layer, LayerScore>;
  const missed = {} as Record<Layer, string[]>;
  const extra = {} as Record<Layer, string[]>;
  const put = (layer: Layer, r: { tp: number; fp: number; fn: number; missed: unknown[]; extra: unknown[] }, show: (x: never) => string) => {
    scores[layer] = { tp: r.tp, fp: r.fp, fn: r.fn };
    missed[layer] = r.missed.map((x) => show(x as never));
    extra[layer] = r.extra.map((x) => show(x as never));
  };
  const metaItems = (m: Predicted['meta']) =>
    [m.org === null ? null : `org=${m.org}`, m.year === null ? null : `year=${m.year}`].filter((x): x is string => x !== null);
  put('meta', matchItems(metaItems(gold.meta), metaItems(pred.meta), String, String), String);
  put('headings', matchItems(gold.headings, pred.headings, hKey, hKey), (h: Gold['headings'][number]) => `${hKey(h)} ${h.title}`);
  const showQ = (q: Gold['quantities'][number]) => `${q.line}: ${q.text} (${qKey(q)})`;
  put('quantities', matchItems(gold.quantities, pred.quantities, qKey, qKey), showQ);
  const ph = (qs: Gold['quantities']) => qs.filter((q) => q.placeholder);
  put('placeholders', matchItems(ph(gold.quantities), ph(pred.quantities), qKey, qKey), showQ);
  put('indicators', matchItems(gold.indicators, pred.indicators, iKey, iKey), (i: Gold['indicators'][number]) => iKey(i));
  return { file: gold.file, scores, missed, extra };
}
