import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The .txt files directly inside the given folders (and one level of sub-folders). */
export function findTexts(dirs: readonly string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isFile() && entry.name.endsWith('.txt')) out.push(path);
      else if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(...findTexts([path]));
    }
  }
  return out.sort();
}

/**
 * Write `count` reports into `dir`, cycling over the source texts. Each copy gets its own digits
 * (a deterministic shuffle of the Arabic digits) so that no two files share a hash and the
 * quantities differ, while the language stays real.
 */
export function generateCorpus(sources: readonly string[], count: number, dir: string): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const texts = sources.map((s) => readFileSync(s, 'utf8'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const base = texts[i % texts.length]!;
    const text = base.replace(/[0-9]/g, (d) => String((Number(d) + i) % 10));
    // the digits give only ten variants of each text: a closing line with an id in letters makes
    // every copy a distinct report (identical content would be skipped as a duplicate)
    const body = `${text}\n\n文档标识：${letters(i)}\n`;
    const name = join(dir, `r${String(Math.floor(i / 500)).padStart(2, '0')}`, `report-${String(i).padStart(5, '0')}.txt`);
    mkdirSync(join(name, '..'), { recursive: true });
    writeFileSync(name, body);
    bytes += Buffer.byteLength(body);
  }
  return { files: count, bytes };
}

/** 0 → a, 25 → z, 26 → ba … (no digits, so never a quantity) */
function letters(n: number): string {
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}

/**
 * A long-line case: the sentences of the source texts that hold a digit, with their 。 turned into
 * ， (so the whole text is one sentence joined by commas, the worst case for a matcher), repeated up
 * to `bytes`; written once as one single line and once as the same text with a line break after each
 * former sentence.
 */
export function generateLongLine(sources: readonly string[], bytes: number, dir: string): { dir: string; oneLine: string; shortLines: string } {
  mkdirSync(dir, { recursive: true });
  const sentences = sources
    .flatMap((s) => readFileSync(s, 'utf8').split(/(?<=。)|\n/))
    .map((s) => s.trim())
    .filter((s) => /[0-9]/.test(s) && s.endsWith('。'))
    .map((s) => `${s.slice(0, -1)}，`);
  if (sentences.length === 0) throw new Error('no sentences with numbers in the bench texts');
  const picked: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = sentences[i % sentences.length]!;
    picked.push(s);
    size += Buffer.byteLength(s);
  }
  const oneLine = join(dir, 'one-line.txt');
  const shortLines = join(dir, 'short-lines.txt');
  writeFileSync(oneLine, `${picked.join('')}\n`);
  writeFileSync(shortLines, `${picked.join('\n')}\n`);
  return { dir, oneLine, shortLines };
}

/**
 * One report of about `bytes` (whole texts one after another, as a yearbook or a merged PDF
 * gives), and the same texts as separate files in `parts/`: a stage whose time grows faster than
 * the text shows as the one file being slower per MB than the parts.
 */
export function generateBigReport(sources: readonly string[], bytes: number, dir: string): { dir: string; oneFile: string; parts: string } {
  const parts = join(dir, 'parts');
  mkdirSync(parts, { recursive: true });
  const texts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    // a closing line with an id in letters, as in generateCorpus: no part is a duplicate of another
    const text = `${readFileSync(sources[i % sources.length]!, 'utf8').trim()}\n\n文档标识：${letters(i)}`;
    texts.push(text);
    writeFileSync(join(parts, `part-${String(i).padStart(5, '0')}.txt`), `${text}\n`);
    size += Buffer.byteLength(text) + 2;
  }
  const oneFile = join(dir, 'one-report.txt');
  writeFileSync(oneFile, `${texts.join('\n\n')}\n`);
  return { dir, oneFile, parts };
}
