import type { Lexicon, MeasureWords } from '../rules/lexicon-schema.js';
import type { UnitKind } from './quantity.js';
import { longestFirst } from './word-match.js';

export interface CompiledUnit {
  readonly surface: string;
  readonly unit: string;
  readonly kind: UnitKind;
  readonly scale: number;
  readonly arabicOnly: boolean;
  readonly notWords: readonly string[];
  /** from the open class of measure words (rules/measure-words.yaml), not declared in lexicon.yaml */
  readonly open: boolean;
}

export interface CompiledMultiplier {
  readonly surface: string;
  readonly value: number;
}

/** The lexicon in the shape the scanner reads: every word list sorted longest first. */
export interface CompiledLexicon {
  readonly units: readonly CompiledUnit[];
  readonly unitSurfaces: ReadonlyMap<string, CompiledUnit>;
  readonly unitWords: readonly string[];
  readonly percentUnit: CompiledUnit;
  readonly multipliers: readonly CompiledMultiplier[];
  readonly multiplierWords: readonly string[];
  readonly before: readonly string[];
  readonly afterNumber: readonly string[];
  readonly afterUnit: readonly string[];
  readonly roundPrefix: readonly string[];
  readonly notBefore: readonly string[];
  readonly increase: readonly string[];
  readonly decrease: readonly string[];
  readonly rangeSeparators: readonly string[];
  readonly percentPrefixes: readonly string[];
  readonly marks: readonly string[];
  readonly strictMarks: ReadonlySet<string>;
  /** global regex over all exclusion phrases, or null when there are none */
  readonly phrasePattern: RegExp | null;
  readonly ordinalPrefixes: readonly string[];
  /** 前10位, 前三名: a rank, not a count */
  readonly ranks: { readonly prefixes: readonly string[]; readonly units: ReadonlySet<string> };
  /** 分别提高4.44、2.75个百分点: numbers that share the unit written after the last */
  readonly sharedUnit: { readonly cues: readonly string[]; readonly separators: readonly string[]; readonly window: number };
  readonly vaguePrefixes: readonly string[];
  readonly numberJoiners: readonly string[];
  readonly numericJoiners: readonly string[];
  readonly quotes: ReadonlyArray<readonly [string, string]>;
  readonly quoteMaxLength: number;
  readonly indefiniteOne: {
    readonly countUnits: ReadonlySet<string>;
    readonly followers: readonly string[];
    readonly marker: string;
    readonly window: number;
  };
}

/**
 * The open class: every measure word of rules/measure-words.yaml that lexicon.yaml neither declares
 * nor excludes is a count unit of its own name, read after Arabic digits, placeholders and round
 * 万/千 only (after Chinese digits a one-character measure word too often starts a slogan: 五水共治);
 * and every count word, declared or open, with a compound suffix is a compound unit (件人次, 天次).
 */
function openUnits(lex: Lexicon, declared: readonly CompiledUnit[], measureWords?: MeasureWords): CompiledUnit[] {
  const { exclude, compoundBases, compoundSuffixes } = lex.openMeasureWords;
  const known = new Set(declared.map((u) => u.surface));
  const skip = new Set(exclude);
  const open: CompiledUnit[] = [];
  const add = (surface: string, kind: CompiledUnit['kind']) => {
    if (known.has(surface) || skip.has(surface)) return;
    known.add(surface);
    open.push({ surface, unit: surface, kind, scale: 1, arabicOnly: true, notWords: [], open: true });
  };
  for (const w of measureWords?.words ?? []) add(w, 'count');
  const bases = [...declared.filter((u) => u.kind === 'count' && u.scale === 1).map((u) => u.surface), ...open.map((u) => u.surface), ...compoundBases];
  for (const base of bases) {
    if (compoundSuffixes.some((s) => base.endsWith(s))) continue;
    for (const suffix of compoundSuffixes) add(base + suffix, suffix.includes('人') ? 'person' : 'count');
  }
  return open;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileLexicon(lex: Lexicon, measureWords?: MeasureWords): CompiledLexicon {
  const declared: CompiledUnit[] = lex.units.map((u) => ({
    surface: u.surface,
    unit: u.unit,
    kind: u.kind,
    scale: u.scale ?? 1,
    arabicOnly: u.arabicOnly ?? false,
    notWords: longestFirst(u.notWords ?? []),
    open: false,
  }));
  const units = [...declared, ...openUnits(lex, declared, measureWords)].sort((a, b) => b.surface.length - a.surface.length);
  const unitSurfaces = new Map(units.map((u) => [u.surface, u] as const));
  const percentUnit = units.find((u) => u.surface === '%') ?? { surface: '%', unit: '%', kind: 'percent' as const, scale: 1, arabicOnly: false, notWords: [], open: false };
  const multipliers = [...lex.multipliers].sort((a, b) => b.surface.length - a.surface.length);
  const phrases = longestFirst(lex.exclusions.phrases);
  const ex = lex.exclusions;
  return {
    units,
    unitSurfaces,
    unitWords: units.map((u) => u.surface),
    percentUnit,
    multipliers,
    multiplierWords: multipliers.map((m) => m.surface),
    before: longestFirst(lex.qualifiers.before),
    afterNumber: longestFirst(lex.qualifiers.afterNumber),
    afterUnit: longestFirst(lex.qualifiers.afterUnit),
    roundPrefix: longestFirst(lex.qualifiers.roundPrefix),
    notBefore: longestFirst(lex.qualifiers.notBefore),
    increase: longestFirst(lex.changes.increase),
    decrease: longestFirst(lex.changes.decrease),
    rangeSeparators: longestFirst(lex.rangeSeparators),
    percentPrefixes: longestFirst(lex.percentPrefixes),
    marks: longestFirst(lex.placeholders.marks),
    strictMarks: new Set(lex.placeholders.strict),
    phrasePattern: phrases.length ? new RegExp(phrases.map(escapeRegExp).join('|'), 'g') : null,
    ordinalPrefixes: longestFirst(ex.ordinalPrefixes),
    ranks: { prefixes: longestFirst(ex.ranks.prefixes), units: new Set(ex.ranks.units) },
    sharedUnit: { cues: longestFirst(lex.sharedUnit.cues), separators: longestFirst(lex.sharedUnit.separators), window: lex.sharedUnit.window },
    vaguePrefixes: longestFirst(ex.vaguePrefixes),
    numberJoiners: longestFirst(ex.numberJoiners),
    numericJoiners: longestFirst(ex.numericJoiners),
    quotes: ex.quotes.map(([open, close]) => [open, close] as const),
    quoteMaxLength: ex.quoteMaxLength,
    indefiniteOne: {
      ...ex.indefiniteOne,
      countUnits: new Set(ex.indefiniteOne.countUnits),
      followers: longestFirst(ex.indefiniteOne.followers),
    },
  };
}
