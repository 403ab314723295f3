import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GoldSchema, type Gold, type Predicted } from './gold.js';
import { compareFile, LAYERS, type FileComparison, type Layer } from './compare.js';
import { catalogIds, DEFAULT_SETS, findShared, locate, parseSet } from './gold-sets.js';
import { add, emptyScore, prf, type LayerScore } from './score.js';

/**
 * `npm run eval`: run `zhibiao extract --format json --out TMP` over every text that has a gold file
 * (the same contract an outside evaluation uses), then score each layer: P/R/F1, micro-averaged, for
 * each gold set (the folders a text is found in name its set) and over all of them.
 */
const { values } = parseArgs({
  options: {
    shared: { type: 'string' },
    gold: { type: 'string' },
    set: { type: 'string', multiple: true },
    only: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
  },
});

const shared = values.shared ? resolve(values.shared) : findShared(process.cwd());
const goldDir = values.gold ? resolve(values.gold) : shared ? join(shared, 'gold') : undefined;
if (!goldDir || !existsSync(goldDir)) {
  process.stdout.write(`eval: no gold folder (looked for shared/gold at or above ${process.cwd()}); nothing to score\n`);
  process.exit(0);
}
const base = shared ?? resolve(goldDir, '..');
const sets = (values.set ?? [...DEFAULT_SETS]).map((s) => parseSet(s, base)).filter((s) => !values.only || s.name === values.only);
const golds: Gold[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, f), 'utf8'))));
// the gold answers the catalog's indicators only; indicators the rules add beyond it are not scored
const catalogFile = join(base, 'indicator-catalog.md');
const scored = existsSync(catalogFile) ? catalogIds(readFileSync(catalogFile, 'utf8')) : null;
const pairs = golds.flatMap((gold) => {
  const at = locate(gold.file, sets);
  return at ? [{ gold, text: at.path, set: at.set }] : [];
});

const out = mkdtempSync(join(tmpdir(), 'zhibiao-eval-'));
const bin = fileURLToPath(new URL('../../bin/zhibiao.js', import.meta.url));
try {
  try {
    execFileSync(process.execPath, [bin, 'extract', ...pairs.map((p) => p.text), '--format', 'json', '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    process.stderr.write('eval: some files failed to extract (see above); they score as empty\n');
  }
  const results = pairs.map(({ gold, text, set }) => {
    const file = join(out, basename(text).replace(/\.[^.]+$/, '.json'));
    const read: Predicted = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Predicted)
      : { meta: { org: null, year: null }, headings: [], quantities: [], indicators: [] };
    const pred = scored ? { ...read, indicators: read.indicators.filter((i) => scored.has(i.id)) } : read;
    return { set, comparison: compareFile(gold, pred) };
  });
  report(results);
} finally {
  rmSync(out, { recursive: true, force: true });
}

type Totals = Record<Layer, LayerScore>;

function totalOf(results: readonly FileComparison[]): Totals {
  const total = Object.fromEntries(LAYERS.map((l) => [l, emptyScore()])) as Totals;
  for (const r of results) for (const l of LAYERS) add(total[l], r.scores[l]);
  return total;
}

function report(results: { set: string; comparison: FileComparison }[]): void {
  const groups = sets
    .map((s) => ({ name: s.name, files: results.filter((r) => r.set === s.name).map((r) => r.comparison) }))
    .filter((g) => g.files.length > 0);
  if (groups.length > 1) groups.push({ name: 'all', files: results.map((r) => r.comparison) });
  if (values.json) {
    const json = groups.map((g) => {
      const total = totalOf(g.files);
      return { set: g.name, files: g.files.length, layers: Object.fromEntries(LAYERS.map((l) => [l, { ...total[l], ...prf(total[l]) }])) };
    });
    process.stdout.write(`${JSON.stringify({ gold: goldDir, sets: json }, null, 2)}\n`);
    return;
  }
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`zhibiao eval against ${goldDir}${scored ? ` (indicators: the ${scored.size} ids of indicator-catalog.md)` : ''}`];
  for (const g of groups) {
    const total = totalOf(g.files);
    lines.push('', `${g.name}: ${g.files.length} files`, 'layer          P      R     F1    tp   fp   fn');
    for (const l of LAYERS) {
      const s = prf(total[l]);
      lines.push(`${l.padEnd(12)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(total[l].tp).padStart(5)} ${String(total[l].fp).padStart(4)} ${String(total[l].fn).padStart(4)}`);
    }
  }
  if (values.verbose) {
    lines.push('');
    for (const { comparison: r } of results) {
      for (const l of LAYERS) {
        for (const m of r.missed[l]) lines.push(`  ${r.file}  ${l}  missed  ${m}`);
        for (const e of r.extra[l]) lines.push(`  ${r.file}  ${l}  extra   ${e}`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
