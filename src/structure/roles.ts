import type { SectionRole } from './types.js';
import { ROLE_WORDS } from './vocabulary.js';
import { wordsPattern } from '../core/word-pattern.js';

const YEAR = /((?:19|20)\d{2})\s*年/g;

/** Each role's words as one alternation (tried once per heading instead of once per word). */
const ROLE_PATTERNS = ROLE_WORDS.flatMap(([role, words]) => {
  const pattern = wordsPattern(words);
  return pattern ? [[role, pattern] as const] : [];
});

/**
 * Role of a section from the words of its heading. A heading that names a year after the year
 * reported on (`2024年工作思路` in a 2023 report) is a plan whatever its other words.
 */
export function roleOf(title: string, reportYear: number | null): SectionRole {
  if (reportYear !== null && title.includes('年')) {
    for (const m of title.matchAll(YEAR)) if (Number(m[1]) > reportYear) return 'plans';
  }
  for (const [role, words] of ROLE_PATTERNS) if (words.test(title)) return role;
  return 'other';
}
