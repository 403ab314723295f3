import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { loadLexicon, traceQuantities } from '../../../src/quantities/index.js';

it('trace', () => {
  const lex = loadLexicon();
  for (const dir of ['/work/shared/seeds', '/work/shared/corpus-dev']) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const raw = readFileSync(`${dir}/${f}`, 'utf8');
      for (const t of traceQuantities(createSourceText(f, raw), lex)) {
        if (t.excluded) console.log(`EXC ${f} ${t.excluded} ${t.text} | ${raw.slice(t.start - 8, t.end + 6).replace(/\n/g, '⏎')}`);
      }
    }
  }
});
