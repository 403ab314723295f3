/**
 * Measure words that count the same thing and may share one table column: 12件 and 3起 are both
 * cases, 5名 and 2人 both people, 8个 and 1家 both organisations. Any other pair of different units
 * (13次 beside 43份) is not comparable: a column shows it flagged, a check skips the pair.
 * Money is already canonical (万元 → 元 × 10000 in the lexicon), so 元 needs no class here.
 */
export const UNIT_CLASSES: readonly (readonly string[])[] = [
  ['件', '起'],
  ['名', '人'],
  ['个', '家'],
];

const CLASS_OF = new Map<string, number>(UNIT_CLASSES.flatMap((units, i) => units.map((u) => [u, i] as const)));

/** True when two canonical units measure the same thing (equal, or in one class of UNIT_CLASSES). */
export function unitsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = CLASS_OF.get(a);
  return ca !== undefined && ca === CLASS_OF.get(b);
}
