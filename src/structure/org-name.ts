import { ORG_FOLLOWING_VERBS, ORG_NON_STARTS, ORG_SUFFIXES, PLACEHOLDER_CHARS } from './vocabulary.js';
import { allCjk, isCjk } from './char-class.js';

const ORG_MAX = 24;

/**
 * A name that reads as an organisation: CJK only, ends with an org suffix and is more than that bare
 * suffix (`街道` alone is not a name). A suffix that is itself a name ends with a shorter suffix and
 * counts (`司法局` = 司法 + 局, a department's own title line).
 */
export function isOrgName(s: string): boolean {
  if (s.length < 2 || s.length > ORG_MAX || PLACEHOLDER_CHARS.test(s) || !allCjk(s)) return false;
  if (ORG_NON_STARTS.some((p) => s.startsWith(p))) return false;
  return ORG_SUFFIXES.some((x) => s.endsWith(x) && s.length > x.length);
}

/** Issuers that report jointly (`中共青山县委 青山县人民政府`, `区委、区政府`): two or more names, each an organisation. */
export function isJointIssuer(s: string): boolean {
  const parts = s.split(/[\s、，,和]+/).filter((p) => p !== '');
  return parts.length >= 2 && parts.every(isOrgName);
}

/**
 * The shortest organisation name at the start of `s` that a typical next word follows
 * (`县综合行政执法局坚持…`, `青岚区法治政府建设…`), or null. Linear: one pass over ≤ 24 characters.
 */
export function leadingOrgName(s: string): string | null {
  const limit = Math.min(s.length, ORG_MAX);
  for (let k = 2; k <= limit; k++) {
    if (!isCjk(s.charCodeAt(k - 1))) return null;
    const cand = s.slice(0, k);
    if (!isOrgName(cand)) continue;
    const rest = s.slice(k);
    if (ORG_FOLLOWING_VERBS.some((v) => rest.startsWith(v))) return cand;
  }
  return null;
}
