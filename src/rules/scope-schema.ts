import { z } from 'zod';

const word = z.string().min(1);

const regex = word.refine((p) => {
  try {
    new RegExp(p, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/** rules/scope.yaml: status words that block a match, and the cues of sub-counts. */
export const ScopeFileSchema = z
  .object({
    negation: z.object({ words: z.array(word), notWords: z.array(word).default([]) }).strict(),
    subset: z.object({ cues: z.array(word), ends: z.array(word).default([]) }).strict(),
    scopes: z
      .array(z.object({ name: z.string().regex(/^[a-z][a-z-]*$/), pattern: regex, drop: z.boolean().default(false) }).strict())
      .default([]),
  })
  .strict();

export type ScopeFile = z.infer<typeof ScopeFileSchema>;
