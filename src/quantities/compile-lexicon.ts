import type { Lexicon } from '../rules/lexicon-schema.js';
import type { UnitKind } from './quantity.js';
import { longestFirst } from './word-match.js';

export interface CompiledUnit {
  readonly surface: string;
  readonly unit: string;
  readonly kind: UnitKind;
  readonly scale: number;
  readonly arabicOnly: boolean;
  readonly notWords: readonly string[];
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

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const units: CompiledUnit[] = lex.units
    .map((u) => ({
      surface: u.surface,
      unit: u.unit,
      kind: u.kind,
      scale: u.scale ?? 1,
      arabicOnly: u.arabicOnly ?? false,
      notWords: longestFirst(u.notWords ?? []),
    }))
    .sort((a, b) => b.surface.length - a.surface.length);
  const unitSurfaces = new Map(units.map((u) => [u.surface, u] as const));
  const percentUnit = units.find((u) => u.surface === '%') ?? { surface: '%', unit: '%', kind: 'percent' as const, scale: 1, arabicOnly: false, notWords: [] };
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
