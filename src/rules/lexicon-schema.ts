import { z } from 'zod';

/** What a unit measures; mirrors `UnitKind` in src/quantities/quantity.ts. */
export const UnitKindSchema = z.enum(['count', 'person', 'money', 'area', 'length', 'volume', 'weight', 'percent', 'time', 'other']);

const word = z.string().min(1);

export const LexiconUnitSchema = z.object({
  /** the text after the number: 人次, 万元, % */
  surface: word,
  /** canonical unit stored with the quantity: 万元 → 元 */
  unit: word,
  kind: UnitKindSchema,
  /** factor applied to the value: 万元 → 10000 */
  scale: z.number().positive().optional(),
  /** not after Chinese digits (三方 = three parties, not 3 m³); fine after 2.7万, *, 近万 */
  arabicOnly: z.boolean().optional(),
  /** words that begin with the surface but are not the measure word (部门 for 部) */
  notWords: z.array(word).optional(),
});

/** rules/measure-words.yaml: the open class of measure words, derived from a published dictionary. */
export const MeasureWordsSchema = z
  .object({
    /** where the list comes from (cited in the file's header too) */
    source: word,
    words: z.array(word).min(1),
  })
  .strict();

/** How the open class of measure words joins the declared units. */
export const OpenMeasureWordsSchema = z.object({
  /** measure words that do not count after a number in reports (点 = o'clock, 岁 = age, 下 in 三下乡) */
  exclude: z.array(word).default([]),
  /** words that are no measure word alone but form compound units with a suffix (天次) */
  compoundBases: z.array(word).default([]),
  /** suffixes that make a compound unit of a count word before them: 件人次, 天次, 艘次 */
  compoundSuffixes: z.array(word).default([]),
});

export const LexiconSchema = z.object({
  units: z.array(LexiconUnitSchema).min(1),
  multipliers: z.array(z.object({ surface: word, value: z.number().positive() })),
  qualifiers: z.object({
    before: z.array(word),
    afterNumber: z.array(word),
    afterUnit: z.array(word),
    roundPrefix: z.array(word),
    /** words ending in a `before` qualifier that are not one: 节约, 签约, 最近 */
    notBefore: z.array(word).default([]),
  }),
  changes: z.object({ increase: z.array(word), decrease: z.array(word) }),
  rangeSeparators: z.array(word),
  percentPrefixes: z.array(word),
  /** 分别提高4.44、2.75个百分点: a number list after a cue shares the unit of its last number */
  sharedUnit: z
    .object({ cues: z.array(word), separators: z.array(word), window: z.number().int().nonnegative() })
    .default({ cues: [], separators: [], window: 0 }),
  openMeasureWords: OpenMeasureWordsSchema.default({ exclude: [], compoundBases: [], compoundSuffixes: [] }),
  placeholders: z.object({ marks: z.array(word).min(1), strict: z.array(word) }),
  exclusions: z.object({
    phrases: z.array(word),
    ordinalPrefixes: z.array(word),
    /** a rank, not a count: 前10位 (prefix before the number, unit after it) */
    ranks: z.object({ prefixes: z.array(word), units: z.array(word) }).default({ prefixes: [], units: [] }),
    vaguePrefixes: z.array(word),
    numberJoiners: z.array(word),
    /** joiners that glue only number to number (9:30, 3：1); before a word they are a label colon */
    numericJoiners: z.array(word).default([]),
    quotes: z.array(z.tuple([word, word])),
    quoteMaxLength: z.number().int().positive(),
    indefiniteOne: z.object({
      /** measure words with which 一 is a count (召开一次会议); with the others it is an article */
      countUnits: z.array(word),
      followers: z.array(word),
      marker: word,
      window: z.number().int().nonnegative(),
    }),
  }),
});

export type Lexicon = z.infer<typeof LexiconSchema>;
export type LexiconUnit = z.infer<typeof LexiconUnitSchema>;
export type MeasureWords = z.infer<typeof MeasureWordsSchema>;
