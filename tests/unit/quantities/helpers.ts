import { createSourceText } from '../../../src/core/source-text.js';
import { loadLexicon } from '../../../src/quantities/load-lexicon.js';
import { scanQuantities, type Quantity } from '../../../src/quantities/index.js';

export const lexicon = loadLexicon();

/** All quantities of one short text. */
export function quantitiesOf(text: string, file = 'test.txt'): Quantity[] {
  return scanQuantities(createSourceText(file, text), lexicon);
}
