import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { analyzeStructure } from '../../../src/structure/index.js';

const dirs = ['/work/shared/seeds', '/work/shared/corpus-dev'];
test('gold scratch', () => {
  let htp = 0, hfp = 0, hfn = 0, mtp = 0, mfp = 0, mfn = 0;
  const log: string[] = [];
  for (const dir of dirs) for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const raw = readFileSync(join(dir, f), 'utf8');
    const gold = JSON.parse(readFileSync(join('/work/shared/gold', f.replace('.txt', '.gold.json')), 'utf8'));
    const t0 = performance.now();
    const s = analyzeStructure(createSourceText(f, raw));
    const ms = performance.now() - t0;
    const used = new Set<number>();
    for (const h of s.headings) {
      const k = gold.headings.findIndex((g: any, i: number) => !used.has(i) && g.line === h.line && g.level === h.level && g.marker === h.marker);
      if (k >= 0) { used.add(k); htp++; } else { hfp++; log.push(`${f} FP ${h.line} L${h.level} ${h.marker} ${h.title.slice(0, 30)}`); }
    }
    gold.headings.forEach((g: any, i: number) => { if (!used.has(i)) { hfn++; log.push(`${f} FN ${g.line} L${g.level} ${g.marker} ${g.title}`); } });
    for (const key of ['org', 'year'] as const) {
      const p = s.meta[key], g = gold.meta[key];
      if (p === g) { if (g !== null) mtp++; }
      else { if (p !== null) mfp++; if (g !== null) mfn++; log.push(`${f} META ${key} pred=${p} gold=${g}`); }
    }
    log.push(`${f} ${ms.toFixed(2)}ms title=${s.meta.title} kind=${s.meta.kind}`);
  }
  const prf = (tp: number, fp: number, fn: number) => { const p = tp / (tp + fp), r = tp / (tp + fn); return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${(2 * p * r / (p + r)).toFixed(3)}`; };
  console.log(log.join('\n'));
  console.log(`headings ${prf(htp, hfp, hfn)} tp=${htp} fp=${hfp} fn=${hfn}`);
  console.log(`meta ${prf(mtp, mfp, mfn)} tp=${mtp} fp=${mfp} fn=${mfn}`);
});
