import { z } from 'zod';

/** ../shared/gold/FORMAT.md, as zod: the gold files are validated like any other input. */
export const GoldSchema = z.object({
  file: z.string(),
  source: z.string().optional(),
  meta: z.object({ org: z.string().nullable(), year: z.number().nullable() }),
  headings: z.array(z.object({ line: z.number(), level: z.number(), marker: z.string().nullable(), title: z.string() })),
  quantities: z.array(
    z.object({
      line: z.number(),
      text: z.string(),
      value: z.number().nullable(),
      unit: z.string(),
      qualifier: z.string().nullable(),
      placeholder: z.boolean(),
    }),
  ),
  indicators: z.array(
    z.object({ id: z.string(), line: z.number(), value: z.number().nullable(), unit: z.string(), placeholder: z.boolean() }),
  ),
});

export type Gold = z.infer<typeof GoldSchema>;

/** The fields of `zhibiao extract --format json` that the evaluation reads. */
export type Predicted = Pick<Gold, 'meta' | 'headings' | 'quantities' | 'indicators'>;
