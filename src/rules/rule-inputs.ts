import type { Lexicon, MeasureWords } from './lexicon-schema.js';
import type { ScopeFile } from './scope-schema.js';
import { compileLexicon } from '../quantities/compile-lexicon.js';
import { compileRuleSet, type RuleSet, type RuleSource } from './compile.js';
import { NO_SCOPE, compileScope } from './scope.js';

/**
 * What rules/ holds once read and validated: plain data (structured-cloneable), so worker threads
 * are handed it and compile it (`compileRules`) without reading or validating the files again.
 */
export interface RuleInputs {
  readonly sources: readonly RuleSource[];
  readonly lexicon: Lexicon;
  readonly measureWords?: MeasureWords;
  readonly dictionaryWords: readonly string[];
  readonly scope?: ScopeFile;
  readonly columnOrder: readonly string[];
  /** every file's content and the code fingerprint: the rule-set hash */
  readonly hashInputs: readonly string[];
}

/** A rule set with the validated data it was compiled from (to hand to worker threads). */
export type LoadedRuleSet = RuleSet & { readonly inputs: RuleInputs };

/** Compile validated rule inputs (from `loadRules`, possibly in another thread). */
export function compileRules(inputs: RuleInputs): LoadedRuleSet {
  const lexicon = compileLexicon(inputs.lexicon, inputs.measureWords);
  const scope = inputs.scope ? compileScope(inputs.scope) : NO_SCOPE;
  // assigned, not spread: a spread would read (and so compile) the rule set's lazy matcher
  return Object.assign(compileRuleSet(inputs.sources, lexicon, inputs.dictionaryWords, inputs.hashInputs, inputs.columnOrder, scope), { inputs });
}
