import type { Lexicon, MeasureWords } from '../rules/lexicon-schema.js';
import type { UnitKind } from './quantity.js';
import { wordList, type WordList } from './word-match.js';
import { MINUS } from './number-token.js';
import { NUMERAL_START_CHARS } from './chinese-numerals.js';
import { wordsPattern } from '../core/word-pattern.js';
import { charTest } from '../structure/char-class.js';

export interface CompiledUnit {
  readonly surface: string;
  readonly unit: string;
  readonly kind: UnitKind;
  readonly scale: number;
  readonly arabicOnly: boolean;
  readonly notWords: WordList;
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
  readonly unitWords: WordList;
  readonly percentUnit: CompiledUnit;
  readonly multipliers: readonly CompiledMultiplier[];
  readonly multiplierWords: WordList;
  readonly before: WordList;
  readonly afterNumber: WordList;
  readonly afterUnit: WordList;
  readonly roundPrefix: WordList;
  readonly notBefore: WordList;
  readonly increase: WordList;
  readonly decrease: WordList;
  readonly rangeSeparators: WordList;
  readonly percentPrefixes: WordList;
  readonly marks: WordList;
  /** whether a candidate can start at this character (a digit, sign, numeral, mark or percent prefix's first) */
  readonly candidateStart: (code: number) => boolean;
  readonly strictMarks: ReadonlySet<string>;
  /** global regex over all exclusion phrases, or null when there are none */
  readonly phrasePattern: RegExp | null;
  readonly ordinalPrefixes: WordList;
  /** 前10位, 前三名: a rank, not a count */
  readonly ranks: { readonly prefixes: WordList; readonly units: ReadonlySet<string> };
  /** 分别提高4.44、2.75个百分点: numbers that share the unit written after the last */
  readonly sharedUnit: { readonly cues: WordList; readonly separators: WordList; readonly window: number };
  readonly vaguePrefixes: WordList;
  readonly numberJoiners: WordList;
  readonly numericJoiners: WordList;
  readonly quotes: ReadonlyArray<readonly [string, string]>;
  readonly quoteMaxLength: number;
  readonly indefiniteOne: {
    readonly countUnits: ReadonlySet<string>;
    readonly followers: WordList;
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
    open.push({ surface, unit: surface, kind, scale: 1, arabicOnly: true, notWords: NO_WORDS, open: true });
  };
  for (const w of measureWords?.words ?? []) add(w, 'count');
  const bases = [...declared.filter((u) => u.kind === 'count' && u.scale === 1).map((u) => u.surface), ...open.map((u) => u.surface), ...compoundBases];
  for (const base of bases) {
    if (compoundSuffixes.some((s) => base.endsWith(s))) continue;
    for (const suffix of compoundSuffixes) add(base + suffix, suffix.includes('人') ? 'person' : 'count');
  }
  return open;
}

const NO_WORDS = wordList([]);

/** A character class of everything a quantity candidate can start with (see scanCandidates). */
function startTest(words: readonly string[]): (code: number) => boolean {
  return charTest(['0123456789', MINUS, NUMERAL_START_CHARS, ...words.map((w) => w[0] ?? '')].join(''));
}

export function compileLexicon(lex: Lexicon, measureWords?: MeasureWords): CompiledLexicon {
  const declared: CompiledUnit[] = lex.units.map((u) => ({
    surface: u.surface,
    unit: u.unit,
    kind: u.kind,
    scale: u.scale ?? 1,
    arabicOnly: u.arabicOnly ?? false,
    notWords: wordList(u.notWords ?? []),
    open: false,
  }));
  const units = [...declared, ...openUnits(lex, declared, measureWords)].sort((a, b) => b.surface.length - a.surface.length);
  const unitSurfaces = new Map(units.map((u) => [u.surface, u] as const));
  const percentUnit = units.find((u) => u.surface === '%') ?? { surface: '%', unit: '%', kind: 'percent' as const, scale: 1, arabicOnly: false, notWords: NO_WORDS, open: false };
  const multipliers = [...lex.multipliers].sort((a, b) => b.surface.length - a.surface.length);
  const ex = lex.exclusions;
  return {
    units,
    unitSurfaces,
    unitWords: wordList(units.map((u) => u.surface)),
    percentUnit,
    multipliers,
    multiplierWords: wordList(multipliers.map((m) => m.surface)),
    before: wordList(lex.qualifiers.before),
    afterNumber: wordList(lex.qualifiers.afterNumber),
    afterUnit: wordList(lex.qualifiers.afterUnit),
    roundPrefix: wordList(lex.qualifiers.roundPrefix),
    notBefore: wordList(lex.qualifiers.notBefore),
    increase: wordList(lex.changes.increase),
    decrease: wordList(lex.changes.decrease),
    rangeSeparators: wordList(lex.rangeSeparators),
    percentPrefixes: wordList(lex.percentPrefixes),
    marks: wordList(lex.placeholders.marks),
    candidateStart: startTest([...lex.percentPrefixes, ...lex.placeholders.marks]),
    strictMarks: new Set(lex.placeholders.strict),
    phrasePattern: wordsPattern(lex.exclusions.phrases, 'g'),
    ordinalPrefixes: wordList(ex.ordinalPrefixes),
    ranks: { prefixes: wordList(ex.ranks.prefixes), units: new Set(ex.ranks.units) },
    sharedUnit: { cues: wordList(lex.sharedUnit.cues), separators: wordList(lex.sharedUnit.separators), window: lex.sharedUnit.window },
    vaguePrefixes: wordList(ex.vaguePrefixes),
    numberJoiners: wordList(ex.numberJoiners),
    numericJoiners: wordList(ex.numericJoiners),
    quotes: ex.quotes.map(([open, close]) => [open, close] as const),
    quoteMaxLength: ex.quoteMaxLength,
    indefiniteOne: {
      ...ex.indefiniteOne,
      countUnits: new Set(ex.indefiniteOne.countUnits),
      followers: wordList(ex.indefiniteOne.followers),
    },
  };
}
