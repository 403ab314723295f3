import { loadYamlFile } from '../rules/load-yaml.js';
import { LexiconSchema } from '../rules/lexicon-schema.js';
import { compileLexicon, type CompiledLexicon } from './compile-lexicon.js';

/** Read, validate and compile the lexicon; a bad file throws RuleFileError with file:line. */
export function loadLexicon(path = 'rules/lexicon.yaml'): CompiledLexicon {
  return compileLexicon(loadYamlFile(path, LexiconSchema));
}
