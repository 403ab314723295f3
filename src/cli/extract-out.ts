import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { ZhibiaoError } from '../core/errors.js';
import { shownPath } from './paths.js';

/**
 * Where `extract --out DIR` writes the result for one input: the input's key (`relPath`, unique over
 * the run) less the folder all keys share (`common`), mirrored below DIR, its extension replaced —
 * so `a/report.txt` and `b/report.txt` give `DIR/a/report.json` and `DIR/b/report.json`, never one file.
 */
export function mirroredOutput(outDir: string, relPath: string, extension: string, common = ''): string {
  const key = common && relPath.startsWith(common) ? relPath.slice(common.length) : relPath;
  const ext = extname(key);
  const stem = ext ? key.slice(0, -ext.length) : key;
  return join(outDir, ...`${stem}${extension}`.split('/'));
}

/**
 * The folder all keys share (`reports/` when one folder was given), removed before mirroring so one
 * folder's files land directly in --out; keys from several folders keep what tells them apart.
 */
export function commonFolder(relPaths: readonly string[]): string {
  if (relPaths.length === 0) return '';
  const dirs = relPaths.map((p) => p.split('/').slice(0, -1));
  const first = dirs[0]!;
  let n = 0;
  while (n < first.length && dirs.every((d) => d[n] === first[n])) n++;
  return n === 0 ? '' : `${first.slice(0, n).join('/')}/`;
}

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/** `--out` must be a folder (or not exist yet): one line when a file stands there. */
export function checkOutDir(outDir: string): void {
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    throw new ZhibiaoError(`--out ${shownPath(outDir)} is a file; give a folder for the results`, 2);
  }
}

/**
 * Guards the inputs of an extract run: an output path that is (or resolves to) a file the run
 * reads is refused with a usage error before anything is written, so `extract DIR --out DIR`
 * leaves every input byte unchanged.
 */
export function refuseInputOverwrite(inputs: readonly string[], outputs: readonly string[]): void {
  const read = new Set(inputs.map(real));
  const hit = outputs.find((o) => read.has(real(o)));
  if (hit) throw new ZhibiaoError(`--out would overwrite ${shownPath(hit)}, a file this run reads; choose another --out folder`, 2);
}
