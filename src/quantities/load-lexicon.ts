import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadYamlFile } from '../rules/load-yaml.js';
import { LexiconSchema, MeasureWordsSchema } from '../rules/lexicon-schema.js';
import { compileLexicon, type CompiledLexicon } from './compile-lexicon.js';

/** Read, validate and compile the lexicon and, beside it, measure-words.yaml; a bad file throws RuleFileError with file:line. */
export function loadLexicon(path = 'rules/lexicon.yaml'): CompiledLexicon {
  const words = join(dirname(path), 'measure-words.yaml');
  return compileLexicon(loadYamlFile(path, LexiconSchema), existsSync(words) ? loadYamlFile(words, MeasureWordsSchema) : undefined);
}
