import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { loadLexicon, scanQuantities } from '../../../src/quantities/index.js';

it('gold', () => {
  const lex = loadLexicon();
  let tp = 0, fp = 0, fn = 0, ph = 0, phHit = 0;
  const lines: string[] = [];
  for (const dir of ['/work/shared/seeds', '/work/shared/corpus-dev']) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const raw = readFileSync(`${dir}/${f}`, 'utf8');
      const gold = JSON.parse(readFileSync(`/work/shared/gold/${f.replace('.txt', '.gold.json')}`, 'utf8')).quantities as any[];
      const pred = scanQuantities(createSourceText(f, raw), lex);
      const used = new Set<number>();
      for (const p of pred) {
        const gi = gold.findIndex((g, i) => !used.has(i) && g.line === p.span.line && g.unit === p.unit && ((g.placeholder && p.placeholder) || g.value === p.value));
        if (gi >= 0) {
          used.add(gi);
          tp++;
          if (gold[gi].placeholder) phHit++;
          if (gold[gi].text !== p.text || gold[gi].qualifier !== p.qualifier) lines.push(`TXT ${f}:${p.span.line} gold=${gold[gi].text}/${gold[gi].qualifier} pred=${p.text}/${p.qualifier}`);
        } else {
          fp++;
          const ctx = raw.slice(Math.max(0, p.span.start - 10), p.span.end + 6).replace(/\n/g, '⏎');
          lines.push(`FP  ${f}:${p.span.line} ${p.text} v=${p.value} u=${p.unit}  | ${ctx}`);
        }
      }
      gold.forEach((g, i) => {
        if (g.placeholder) ph++;
        if (!used.has(i)) {
          fn++;
          const lineText = raw.split('\n')[g.line - 1] ?? '';
          const at = lineText.indexOf(g.text);
          lines.push(`FN  ${f}:${g.line} ${g.text} v=${g.value} u=${g.unit} | ${lineText.slice(Math.max(0, at - 10), at + g.text.length + 6)}`);
        }
      });
    }
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(lines.join('\n'));
  console.log(`tp=${tp} fp=${fp} fn=${fn} P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${((2 * p * r) / (p + r)).toFixed(4)} placeholderRecall=${phHit}/${ph}`);
});
