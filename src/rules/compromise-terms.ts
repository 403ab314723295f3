import type { MatchToken } from '../segment/window-tokens.js';
import { compromise, type NlpTerm } from './compromise-net.js';
import { allCjk } from '../structure/char-class.js';

/** Normal forms already computed (token text → normal); cleared when it grows past this many. */
const MAX_CACHED = 50_000;
const normals = new Map<string, string>();

/**
 * compromise's normal form of a token (what word patterns compare with): a word of Chinese
 * characters is its own; any other token (digits, Latin letters, full-width punctuation: `，` → `,`)
 * is normalised by compromise itself, once per distinct text.
 */
export function normalOf(text: string): string {
  if (allCjk(text)) return text;
  let normal = normals.get(text);
  if (normal === undefined) {
    if (normals.size >= MAX_CACHED) normals.clear();
    normal = compromiseNormal(text);
    normals.set(text, normal);
  }
  return normal;
}

/**
 * `nlp.tokenize` without its English-only steps (contractions, slashed-word aliases: the world's
 * `contractions` step is set aside for the call), then compromise's `normal` computation.
 */
export function compromiseNormal(text: string): string {
  const nlp = compromise();
  const compute = nlp.world().compute;
  const contractions = compute.contractions;
  delete compute.contractions;
  try {
    const doc = nlp.tokenize([[text]]);
    doc.compute(['normal']);
    return doc.docs.flat().map((t) => t.normal).join('');
  } finally {
    compute.contractions = contractions;
  }
}

/** One window as compromise's matcher reads it: a term per token, and the sentence cache of normals and #Tags. */
export interface WindowTerms {
  readonly terms: NlpTerm[];
  /** what compromise caches of a sentence to skip patterns fast: each normal form and `#Tag` */
  readonly haves: ReadonlySet<string>;
}

/**
 * The terms of one window, one per token (a token is never split again), with the tags the match
 * stage set by position: the same terms compromise's tokenizer makes of pre-cut words, built
 * directly, so no compromise document (and none of its per-document work) is needed.
 */
export function windowTerms(tokens: readonly MatchToken[], tags: readonly (readonly string[])[]): WindowTerms {
  const haves = new Set<string>();
  const terms = tokens.map((t, i): NlpTerm => {
    const normal = normalOf(t.text);
    if (normal !== '') haves.add(normal);
    const own = termTags(tags[i]!);
    for (const key of own.keys) haves.add(key);
    return { text: t.text, normal, pre: '', post: ' ', tags: own.set, id: '' };
  });
  return { terms, haves };
}

/** A list of tags as a term carries it (a Set) and as a sentence's cache lists it (`#Tag`). */
interface TermTags {
  readonly set: Set<string>;
  readonly keys: readonly string[];
}

/**
 * One TermTags per list of tags (the match stage hands out the same few lists again and again),
 * shared by the terms that carry it: compromise's matcher only reads a term's tags (no tagger
 * runs), and no `#Tag` string is made again for each term.
 */
const termTagsOf = new WeakMap<readonly string[], TermTags>();

function termTags(tags: readonly string[]): TermTags {
  let own = termTagsOf.get(tags);
  if (!own) termTagsOf.set(tags, (own = { set: new Set(tags), keys: tags.map((tag) => `#${tag}`) }));
  return own;
}
