import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

/**
 * A custom compromise tag and the words that carry it, e.g. `Dispute: [矛盾纠纷, 纠纷]`.
 * Tag names are CamelCase so they read as `#Dispute` in match patterns.
 */
export const VocabularySchema = z.record(
  z.string().regex(/^[A-Z][A-Za-z]*$/, 'a tag name is CamelCase ASCII, e.g. Dispute'),
  z.array(nonEmpty).min(1),
);

const pattern = nonEmpty.refine((m) => m.includes('[<num>'), 'the pattern must capture the value as [<num>#Value]');

export const RuleSchema = z
  .object({
    /** stable id, cited by every value it produces */
    id: z.string().regex(/^[a-z_]+(\.[a-z0-9_-]+)+$/, 'a rule id looks like group.indicator.name'),
    /**
     * compromise match syntax over the tokens of one sentence, capturing the value as `[<num>#Value]`;
     * a list is a set of alternatives (compromise's `!#Tag{0,n}` needs at least one term, so write the
     * zero-gap case as its own pattern)
     */
    match: z
      .union([pattern, z.array(pattern).min(1)])
      .transform((m) => (typeof m === 'string' ? [m] : m)),
    /**
     * a compromise pattern that must match earlier in the same sentence (before the value): the
     * topic a list of clauses shares, e.g. `#Screen` for `排查…纠纷、…等矛盾纠纷242件`
     */
    context: nonEmpty.optional(),
    /** a pattern that cancels the match when it stands after the match's first term (or, with `context`, after the context) and before the value */
    unless: nonEmpty.optional(),
    /** a pattern that cancels the match when it ends right where the match (or its context) starts: 减少 before 信访N件 */
    notAfter: nonEmpty.optional(),
    /** units this rule accepts; defaults to the indicator's units */
    units: z.array(nonEmpty).optional(),
    /** example sentences the rule must match (checked by `zhibiao rules check`) */
    examples: z.array(nonEmpty).default([]),
    /** sentences it must not match */
    counterexamples: z.array(nonEmpty).default([]),
  })
  .strict();

export const IndicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z_]+\.[a-z_]+$/, 'an indicator id looks like group.name'),
    name: nonEmpty,
    units: z.array(nonEmpty).min(1),
    /** a same-unit quantity right after a matched one in a list (`13个、省级546个`) inherits it */
    continues: z.boolean().default(false),
    rules: z.array(RuleSchema).min(1),
  })
  .strict();

export const RuleFileSchema = z
  .object({
    group: z.string().regex(/^[a-z_]+$/),
    description: z.string().optional(),
    vocabulary: VocabularySchema.default({}),
    indicators: z.array(IndicatorSchema).min(1),
  })
  .strict();

/** Column order of the indicator tables (rules/catalog.yaml). */
export const CatalogSchema = z
  .object({
    columns: z.array(z.string().regex(/^[a-z_]+\.[a-z_]+$/, 'an indicator id looks like group.name')).min(1),
  })
  .strict();

/** Words jieba must keep whole (rules/dictionary.yaml). */
export const DictionarySchema = z
  .object({
    words: z.array(nonEmpty).min(1),
  })
  .strict();

export type RuleFile = z.infer<typeof RuleFileSchema>;
export type IndicatorRule = z.infer<typeof RuleSchema>;
export type IndicatorSpec = z.infer<typeof IndicatorSchema>;
export type Dictionary = z.infer<typeof DictionarySchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
