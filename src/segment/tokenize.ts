import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinSoftBreaks, type JoinedText } from './joined-text.js';

const require = createRequire(import.meta.url);
const NO_BREAKS: ReadonlySet<number> = new Set();

interface Jieba {
  load(options: { userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(text: string, hmm?: boolean): string[];
  insertWord(word: string): boolean;
}

/** The weight user words get: above ordinary dictionary words, so that 调处 beats 共调+处. */
const USER_WORD_FREQ = 20000;

let jieba: Jieba | null = null;
let loadedWords: Set<string> | null = null;

function instance(): Jieba {
  jieba ??= require('nodejieba') as Jieba;
  return jieba;
}

/**
 * Load nodejieba once per process (or worker) with the domain words of rules/ as a user dictionary
 * (written to a temp file named by its content hash). `insertWord` is not used for this: it gives a
 * word a median weight, which can make jieba cut *worse* around a word it already knew.
 * Words added after the first load (another rule set in the same process) are inserted.
 */
export function useUserWords(words: readonly string[]): void {
  const j = instance();
  if (loadedWords) {
    for (const w of words) if (!loadedWords.has(w)) (j.insertWord(w), loadedWords.add(w));
    return;
  }
  const body = [...new Set(words)].map((w) => `${w} ${USER_WORD_FREQ} n`).join('\n') + '\n';
  // jieba also loads keyword-extraction tables (idf, stop words: ~20 MB per thread) that cutting
  // never reads: one-line stand-ins keep them out of memory
  j.load({ userDict: tempFile('userdict', body), idfDict: tempFile('idf', '的 1.0\n'), stopWordDict: tempFile('stop', '的\n') });
  loadedWords = new Set(words);
}

/** A file in the temp folder named by its content hash, written once (atomically) and then reused. */
function tempFile(kind: string, body: string): string {
  const file = join(tmpdir(), `zhibiao-${kind}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}.txt`);
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, body);
    renameSync(tmp, file);
  }
  return file;
}

/** A token as a half-open offset range into the text it was cut from. */
export interface TokenRange {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Ranges of one text to cut (see cutMany). */
export interface RangesOf {
  readonly text: string;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  readonly softBreaks?: ReadonlySet<number>;
}

/**
 * Segment ranges of several texts (the reports of a group) with jieba (HMM on) in ONE call, and
 * anchor every token to its offsets by forward search; whitespace tokens are dropped. The pieces
 * are joined by `\n`, which jieba treats as a block boundary (each piece is cut exactly as if alone);
 * one long call keeps the parts of jieba's dictionary it reads warm, where short calls between other
 * work find them cold (several times slower). A range holding soft line breaks (a hard-wrapped
 * paragraph) is cut without them, so a word split over two lines (`学\n法`) stays one token
 * spanning the break.
 */
export function cutMany(jobs: readonly RangesOf[]): TokenRange[][][] {
  const out: TokenRange[][][] = jobs.map((job) => job.ranges.map(() => []));
  const pieces: Array<{ job: number; range: number; text: string; view: JoinedText | null; start: number }> = [];
  jobs.forEach((job, j) => {
    const breaks = job.softBreaks ?? NO_BREAKS;
    job.ranges.forEach(([start, end], r) => {
      const view = breaks.size === 0 ? null : joinSoftBreaks(job.text, breaks, start, end);
      pieces.push({ job: j, range: r, text: view?.text ?? job.text.slice(start, end), view, start });
    });
  });
  if (pieces.length === 0) return out;
  const joined = pieces.map((p) => p.text).join('\n');
  const bases: number[] = [];
  let at = 0;
  for (const piece of pieces) (bases.push(at), (at += piece.text.length + 1));
  let k = 0;
  let cursor = 0;
  for (const word of instance().cut(joined, true)) {
    const found = joined.indexOf(word, cursor);
    if (found === -1) continue;
    cursor = found + word.length;
    if (word.trim() === '') continue;
    while (k + 1 < bases.length && bases[k + 1]! <= found) k++;
    const a = found - bases[k]!;
    const b = cursor - bases[k]!;
    const { job, range, view, start } = pieces[k]!;
    out[job]![range]!.push(view ? { text: word, start: view.startAt(a), end: view.endAt(b) } : { text: word, start: start + a, end: start + b });
  }
  return out;
}
