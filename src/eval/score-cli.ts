import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GoldSchema, type Gold, type Predicted } from './gold.js';
import { compareFile, LAYERS, type FileComparison, type Layer } from './compare.js';
import { add, emptyScore, prf } from './score.js';

/**
 * `npm run eval`: run `zhibiao extract --format json --out TMP` over every text that has a gold file
 * (the same contract an outside evaluation uses), then score each layer: P/R/F1, micro-averaged.
 */
const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/gold' },
    texts: { type: 'string', multiple: true, default: ['../shared/seeds', '../shared/corpus-dev'] },
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'boolean', default: false },
  },
});

const goldDir = resolve(values.gold!);
if (!existsSync(goldDir)) {
  process.stdout.write(`eval: no gold folder at ${goldDir}; nothing to score\n`);
  process.exit(0);
}
const golds: Gold[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, f), 'utf8'))));
const textOf = (name: string) => values.texts!.map((d) => resolve(d, name)).find((p) => existsSync(p));
const pairs = golds.map((g) => ({ gold: g, text: textOf(g.file) })).filter((p): p is { gold: Gold; text: string } => !!p.text);

const out = mkdtempSync(join(tmpdir(), 'zhibiao-eval-'));
const bin = fileURLToPath(new URL('../../bin/zhibiao.js', import.meta.url));
try {
  try {
    execFileSync(process.execPath, [bin, 'extract', ...pairs.map((p) => p.text), '--format', 'json', '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    process.stderr.write('eval: some files failed to extract (see above); they score as empty\n');
  }
  const results: FileComparison[] = pairs.map(({ gold, text }) => {
    const file = join(out, basename(text).replace(/\.[^.]+$/, '.json'));
    const pred: Predicted = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Predicted)
      : { meta: { org: null, year: null }, headings: [], quantities: [], indicators: [] };
    return compareFile(gold, pred);
  });
  report(results);
} finally {
  rmSync(out, { recursive: true, force: true });
}

function report(results: FileComparison[]): void {
  const total = Object.fromEntries(LAYERS.map((l) => [l, emptyScore()])) as Record<Layer, ReturnType<typeof emptyScore>>;
  for (const r of results) for (const l of LAYERS) add(total[l], r.scores[l]);
  if (values.json) {
    const layers = Object.fromEntries(LAYERS.map((l) => [l, { ...total[l], ...prf(total[l]) }]));
    process.stdout.write(`${JSON.stringify({ files: results.length, layers }, null, 2)}\n`);
    return;
  }
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const lines = [`zhibiao eval: ${results.length} files against ${goldDir}`, 'layer          P      R     F1    tp   fp   fn'];
  for (const l of LAYERS) {
    const s = prf(total[l]);
    lines.push(`${l.padEnd(12)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(total[l].tp).padStart(5)} ${String(total[l].fp).padStart(4)} ${String(total[l].fn).padStart(4)}`);
  }
  if (values.verbose) {
    for (const r of results) {
      for (const l of LAYERS) {
        for (const m of r.missed[l]) lines.push(`  ${r.file}  ${l}  missed  ${m}`);
        for (const e of r.extra[l]) lines.push(`  ${r.file}  ${l}  extra   ${e}`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
