import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultJobs } from '../pipeline/run-batch.js';
import { findTexts, generateBigReport, generateCorpus, generateLongLine } from './bench-corpus.js';
import { runChild, timeCommand, type FloorRun, type IngestRun } from './bench-run.js';
import { formatBench } from './bench-format.js';
import { benchReaders, formatReaders } from './bench-readers.js';

/**
 * `npm run bench [-- --count N --jobs N --repeat N]`: generate N reports from real texts and measure,
 * each in a fresh process: the floor (load jieba's dictionary, read and segment every text, one
 * thread) and a first ingest, in turn `--repeat` times (default 3; the pair of median ratio is
 * reported), an ingest without the search index, the `zhibiao ingest` command as a whole process, a re-run over the unchanged corpus, an ingest with the other worker count (1, or 2 when the default is 1), both ingests again over 1,000 of the
 * reports (memory must be flat in their number), a long single-line
 * report against the same text in short lines, one report of `--big-mb` (default 8) against the same texts
 * as separate files, the start-up of light commands, and each format
 * reader's MB/s next to plain-text decoding (bench-readers.ts). Speeds are
 * printed as ratios to the floor of the same run, so a loaded machine shifts both sides.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    jobs: { type: 'string', default: String(defaultJobs()) },
    texts: { type: 'string', multiple: true },
    'long-kb': { type: 'string', default: '450' },
    'huge-mb': { type: 'string', default: '16' },
    'big-mb': { type: 'string', default: '8' },
    keep: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '3' },
  },
});

const sources = findTexts(values.texts ?? ['../shared/seeds', '../shared/corpus-dev']);
const texts = sources.length ? sources : findTexts(['corpus']);
if (texts.length === 0) throw new Error('bench: no .txt texts found (give --texts DIR)');
const root = mkdtempSync(join(tmpdir(), 'zhibiao-bench-'));
const corpus = join(root, 'corpus');
const gen = generateCorpus(texts, Number(values.count), corpus);
const list = join(root, 'files.txt');
writeFileSync(list, findTexts([corpus]).join('\n'));
const jobs = Number(values.jobs);
const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
/** the corpus size that peak memory at --count is compared with */
const FLAT_BASE = 1000;

// the floor and the first ingest, one after the other, `--repeat` times: each ingest is compared
// with the floor measured just before it (the machine's speed drifts), and the pair whose ratio is
// the median is the one reported in detail
const repeat = Math.max(1, Number(values.repeat));
const pairs: Array<{ floor: FloorRun; first: IngestRun; db: string; ratio: number }> = [];
for (let i = 0; i < repeat; i++) {
  say(`floor over ${gen.files} reports${repeat > 1 ? ` (${i + 1} of ${repeat})` : ''}`);
  const floorRun = runChild<FloorRun>(['floor', list]);
  say(`ingest, ${jobs} workers${repeat > 1 ? ` (${i + 1} of ${repeat})` : ''}`);
  const db = join(root, `a${i}.db`);
  const firstRun = runChild<IngestRun>(['ingest', corpus, db, String(jobs)]);
  pairs.push({ floor: floorRun, first: firstRun, db, ratio: floorRun.ms / firstRun.ms });
}
const median = [...pairs].sort((a, b) => a.ratio - b.ratio)[Math.floor((pairs.length - 1) / 2)]!;
const { floor, first } = median;
say('ingest without the search index (--no-search-index)');
const noIndex = runChild<IngestRun>(['ingest', corpus, join(root, 'n.db'), String(jobs), 'no-search-index']);
say('the zhibiao ingest command, as a user runs it');
const command = timeCommand(['ingest', corpus, '--db', join(root, 'c.db'), '--no-progress']);
say('re-run over the unchanged corpus');
const rerun = runChild<IngestRun>(['ingest', corpus, median.db, String(jobs)]);
// the other worker count: 1 when the default is more, else 2 (the issue's 2-worker and --jobs 1 figures)
const otherJobs = jobs === 1 ? 2 : 1;
say(`ingest, --jobs ${otherJobs}`);
const single = runChild<IngestRun>(['ingest', corpus, join(root, 'b.db'), String(otherJobs)]);
// flat memory: the same ingests over the first 1,000 of these reports
const small = gen.files > FLAT_BASE ? generateCorpus(texts, FLAT_BASE, join(root, 'corpus-small')) : null;
if (small) say(`${FLAT_BASE} reports, ${jobs} and ${otherJobs} workers (is memory flat in the number of reports?)`);
const flat = small
  ? {
      files: small.files,
      first: runChild<IngestRun>(['ingest', join(root, 'corpus-small'), join(root, 's.db'), String(jobs)]),
      single: runChild<IngestRun>(['ingest', join(root, 'corpus-small'), join(root, 's1.db'), String(otherJobs)]),
    }
  : null;

const longKb = Number(values['long-kb']);
const long = generateLongLine(texts, longKb * 1000, join(root, 'long'));
say(`${longKb} KB on one line against the same text in short lines`);
const oneLine = runChild<IngestRun>(['ingest', long.oneLine, join(root, 'l1.db'), '1']);
const shortLines = runChild<IngestRun>(['ingest', long.shortLines, join(root, 'l2.db'), '1']);
const hugeMb = Number(values['huge-mb']);
const huge = generateLongLine(texts, hugeMb * 1e6, join(root, 'huge'));
say(`${hugeMb} MB on one line`);
const hugeRun = runChild<IngestRun>(['ingest', huge.oneLine, join(root, 'h.db'), '1']);

const bigMb = Number(values['big-mb']);
const big = generateBigReport(texts, bigMb * 1e6, join(root, 'big'));
say(`one report of ${bigMb} MB against the same texts as separate files`);
const bigOne = runChild<IngestRun>(['ingest', big.oneFile, join(root, 'g1.db'), '1']);
const bigParts = runChild<IngestRun>(['ingest', big.parts, join(root, 'g2.db'), '1']);

say('start-up of single commands');
const oneSmall = join(long.dir, 'one-line.txt');
writeFileSync(oneSmall, '全年共受理行政复议案件12件，办结10件。\n');
const startup = {
  help: timeCommand(['--help']),
  version: timeCommand(['--version']),
  rulesCheck: timeCommand(['rules', 'check']),
  rulesSyntax: timeCommand(['rules', 'check', '--no-examples']),
  // on a database that holds no report (the huge line's): the commands' own start-up
  tables: timeCommand(['tables', '--db', join(root, 'h.db'), '--out', join(root, 'tables0'), '--format', 'csv']),
  audit: timeCommand(['audit', '--db', join(root, 'h.db'), '--format', 'json']),
  extract: timeCommand(['extract', oneSmall]),
};
say(`tables and audit over the ${gen.files} reports`);
const overCorpus = {
  tables: timeCommand(['tables', '--db', median.db, '--out', join(root, 'tables'), '--format', 'csv']),
  audit: timeCommand(['audit', '--db', median.db, '--format', 'json']),
};

say('format readers (.txt, web page, .docx, .doc, .pdf)');
const readers = await benchReaders(texts);

process.stdout.write(
  formatBench({ gen, jobs, otherJobs, floor, first, ratios: pairs.map((p) => p.ratio), noIndex, command, rerun, single, flat, long: { kb: longKb, oneLine, shortLines }, huge: { mb: hugeMb, run: hugeRun }, big: { mb: bigMb, one: bigOne, parts: bigParts }, startup, overCorpus }),
);
process.stdout.write(formatReaders(readers));
if (!values.keep) rmSync(root, { recursive: true, force: true });
else process.stdout.write(`kept ${root}\n`);
