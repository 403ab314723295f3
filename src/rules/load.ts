import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { RuleFileError, ZhibiaoError, toError } from '../core/errors.js';
import { parseYamlText } from './load-yaml.js';
import { CatalogSchema, DictionarySchema, RuleFileSchema } from './schema.js';
import { LexiconSchema, MeasureWordsSchema } from './lexicon-schema.js';
import type { RuleSource } from './compile.js';
import { compileLexicon } from '../quantities/compile-lexicon.js';
import { compileScope } from './scope.js';
import { ScopeFileSchema } from './scope-schema.js';
import { checkCatalog, checkRuleSources, rulesWithoutExamples } from './check-sources.js';
import { codeFingerprint } from './code-fingerprint.js';
import { BUNDLED_RULES_DIR } from './bundled-rules.js';
import { cacheKey, readCachedLoad, writeCachedLoad } from './rules-cache.js';
import { compileRules, type LoadedRuleSet, type RuleInputs } from './rule-inputs.js';

/** Without `--rules`: the rules shipped with the package (see bundled-rules.ts), whatever the working directory. */
export const DEFAULT_RULES_DIR = BUNDLED_RULES_DIR;

export interface LoadResult {
  /** null when any file failed: a partial rule set would store wrong data under a valid-looking hash */
  readonly ruleSet: LoadedRuleSet | null;
  readonly errors: readonly RuleFileError[];
  /** problems that do not stop loading (a rule without examples) */
  readonly warnings: readonly RuleFileError[];
  readonly files: readonly string[];
  /** whether the validated rules came from the per-user cache (rules-cache.ts) instead of the YAML */
  readonly cached: boolean;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new RuleFileError(file, null, null, `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

function listYaml(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(dir, name))
      .filter((file) => statSync(file).isFile());
  } catch {
    return [];
  }
}

export { compileRules, type LoadedRuleSet, type RuleInputs } from './rule-inputs.js';

/**
 * Load rules/: `lexicon.yaml` (units, qualifiers, placeholders, exclusions), `dictionary.yaml`
 * (words jieba keeps whole) and `indicators/*.yaml` (indicator rules). Every file is validated;
 * each bad file gives one error naming file, line and field, and the other files are still read.
 */
export function loadRules(dir: string = DEFAULT_RULES_DIR): LoadResult {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new ZhibiaoError(`rules directory not found: ${dir}`, 2);
  }
  const name = (file: string) => relative(process.cwd(), file) || file;
  const paths = rulePaths(dir);
  // every file read once: for the cache key, and on a miss for parsing
  const texts = readRuleTexts(paths);
  const key = texts ? cacheKeyOf(dir, texts) : null;
  const cached = key ? readCachedLoad(key) : null;
  if (cached) return { ruleSet: compileRules(cached.inputs), errors: [], warnings: cached.warnings, files: cached.files, cached: true };
  const errors: RuleFileError[] = [];
  const hashInputs: string[] = [`code ${codeFingerprint()}`];
  const attempt = <T>(file: string, fn: (text: string) => T): T | null => {
    try {
      const text = texts?.get(file) ?? readText(file);
      hashInputs.push(`${relative(dir, file)}\n${text}`);
      return fn(text);
    } catch (err) {
      errors.push(err instanceof RuleFileError ? err : new RuleFileError(name(file), null, null, toError(err).message));
      return null;
    }
  };
  const { measureWords: measureWordsFile, lexicon: lexiconFile, dictionary: dictionaryFile, scope: scopeFile, catalog: catalogFile } = paths;
  const measureWords = existsSync(measureWordsFile)
    ? attempt(measureWordsFile, (text) => parseYamlText(name(measureWordsFile), text, MeasureWordsSchema))
    : undefined;
  // compiled here too, so that a lexicon that does not compile is an error of its file
  const lexicon = attempt(lexiconFile, (text) => {
    const raw = parseYamlText(name(lexiconFile), text, LexiconSchema);
    return { raw, compiled: compileLexicon(raw, measureWords ?? undefined) };
  });
  const dictionary = attempt(dictionaryFile, (text) => parseYamlText(name(dictionaryFile), text, DictionarySchema));
  const scope = existsSync(scopeFile)
    ? attempt(scopeFile, (text) => {
        const raw = parseYamlText(name(scopeFile), text, ScopeFileSchema);
        return { raw, compiled: compileScope(raw) };
      })
    : undefined;
  const catalog = existsSync(catalogFile)
    ? attempt(catalogFile, (text) => ({ text, parsed: parseYamlText(name(catalogFile), text, CatalogSchema) }))
    : null;
  const indicatorFiles = listYaml(paths.indicators);
  if (indicatorFiles.length === 0) errors.push(new RuleFileError(name(paths.indicators), null, null, 'no indicator rule files (*.yaml)'));
  const sources: RuleSource[] = [];
  for (const file of indicatorFiles) {
    const parsed = attempt(file, (text) => ({ text, parsed: parseYamlText(name(file), text, RuleFileSchema) }));
    if (parsed) sources.push({ file: name(file), ...parsed });
  }
  if (lexicon) errors.push(...checkRuleSources(sources, lexicon.compiled));
  // against a partial set of indicators every column of a broken file would be reported again
  const allIndicatorsLoaded = sources.length === indicatorFiles.length;
  if (catalog && allIndicatorsLoaded) errors.push(...checkCatalog(name(catalogFile), catalog.text, catalog.parsed.columns, sources));
  const files = [lexiconFile, ...(measureWords ? [measureWordsFile] : []), dictionaryFile, ...(scope ? [scopeFile] : []), ...(catalog ? [catalogFile] : []), ...indicatorFiles].map(name);
  const warnings = rulesWithoutExamples(sources);
  if (errors.length > 0 || !lexicon || !dictionary || measureWords === null || scope === null) return { ruleSet: null, errors, warnings, files, cached: false };
  const inputs: RuleInputs = {
    sources,
    lexicon: lexicon.raw,
    ...(measureWords ? { measureWords } : {}),
    dictionaryWords: dictionary.words,
    ...(scope ? { scope: scope.raw } : {}),
    columnOrder: catalog?.parsed.columns ?? [],
    hashInputs,
  };
  const ruleSet = compileRules(inputs);
  if (key) writeCachedLoad(key, { inputs, warnings, files });
  return { ruleSet, errors, warnings, files, cached: false };
}

/** Where a load finds each rule file in `dir` (measure words, scope and catalog are optional). */
function rulePaths(dir: string) {
  return {
    measureWords: join(dir, 'measure-words.yaml'),
    lexicon: join(dir, 'lexicon.yaml'),
    dictionary: join(dir, 'dictionary.yaml'),
    scope: join(dir, 'scope.yaml'),
    catalog: join(dir, 'catalog.yaml'),
    indicators: join(dir, 'indicators'),
  };
}

/**
 * The text of every file a load reads, in its order (the optional ones when present), or null when
 * one cannot be read (the load then reads each itself, and says which).
 */
function readRuleTexts(paths: ReturnType<typeof rulePaths>): Map<string, string> | null {
  const optional = (file: string) => (existsSync(file) ? [file] : []);
  const files = [
    ...optional(paths.measureWords),
    paths.lexicon,
    paths.dictionary,
    ...optional(paths.scope),
    ...optional(paths.catalog),
    ...listYaml(paths.indicators),
  ];
  try {
    return new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  } catch {
    return null;
  }
}

/** The cache key of loading `dir` from here with these file texts (see rules-cache.ts). */
function cacheKeyOf(dir: string, texts: ReadonlyMap<string, string>): string {
  const parts = [`code ${codeFingerprint()}`, resolve(dir), process.cwd()];
  for (const [file, text] of texts) parts.push(`${relative(dir, file)}\n${text}`);
  return cacheKey(parts);
}

/** loadRules, throwing one error that lists every problem (for commands that need a rule set). */
export function requireRules(dir: string = DEFAULT_RULES_DIR): LoadedRuleSet {
  const { ruleSet, errors } = loadRules(dir);
  if (!ruleSet) {
    throw new ZhibiaoError(`rule files have errors (run \`zhibiao rules check\`):\n${errors.map((e) => `  ${e.message}`).join('\n')}`, 2);
  }
  return ruleSet;
}
