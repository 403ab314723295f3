import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputFileError } from '../../../src/core/errors.js';
import { hashFileSync, readSourceFile, sha256Hex } from '../../../src/ingest/source-file.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
let tmp = '';

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'zhibiao-source-'));
  await writeFile(path.join(tmp, 'bom.txt'), Buffer.from('\ufeff标题\r\n[bookmark: _GoBack]受理57件\r\n', 'utf8'));
  await writeFile(path.join(tmp, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  await mkdir(path.join(tmp, 'dir.txt'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const at = (name: string) => ({ path: path.join(tmp, name), relPath: `t/${name}` });

async function readFailure(file: { path: string; relPath: string }): Promise<InputFileError> {
  const error = await readSourceFile(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputFileError);
  return error as InputFileError;
}

describe('readSourceFile', () => {
  it('reads a GBK file with CRLF: encoding, \\n line ends, sha256 and size of the raw bytes', async () => {
    const file = { path: path.join(FIXTURES, 'gbk-crlf.txt'), relPath: 'gbk-crlf.txt' };
    const raw = await readFile(file.path);
    const source = await readSourceFile(file);
    expect(source.encoding).toBe('gb18030');
    expect(source.text).toBe(
      '某县司法局2023年法治政府建设情况报告\n一、主要工作\n(一)全年办理法律援助案件128件，解答法律咨询2,300余人次。\n',
    );
    expect(source.bytes).toBe(raw.length);
    expect(source.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(source.sha256).not.toBe(sha256Hex(Buffer.from(source.text, 'utf8')));
    expect(source).toMatchObject({ path: file.path, relPath: 'gbk-crlf.txt' });
  });

  it('drops the BOM, normalises line ends and blanks debris', async () => {
    const source = await readSourceFile(at('bom.txt'));
    expect(source.encoding).toBe('utf-8-bom');
    expect(source.text).toBe(`标题\n${' '.repeat('[bookmark: _GoBack]'.length)}受理57件\n`);
  });

  it('hashes bytes: known SHA-256', () => {
    expect(sha256Hex(Buffer.from('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each([
    ['missing.txt', 'no such file'],
    ['dir.txt', 'is a directory'],
  ])('%s → not-a-file: %s', async (name, reason) => {
    const error = await readFailure(at(name));
    expect(error.code).toBe('not-a-file');
    expect(error.reason).toBe(reason);
    expect(error.file).toBe(`t/${name}`);
  });

  it('a PNG saved as .txt → binary-file', async () => {
    const error = await readFailure(at('image.txt'));
    expect(error.code).toBe('binary-file');
    expect(error.message).toMatch(/^t\/image\.txt: binary file: looks like a PNG image/);
  });
});

describe('hashing a file through the kept buffer', () => {
  it('gives the hash and size of its whole content, across chunks and for an empty file', async () => {
    const big = Buffer.from('受理行政复议案件12件。\n'.repeat(20_000)); // ~640 KB: ten 64 KB chunks
    await writeFile(path.join(tmp, 'big.txt'), big);
    await writeFile(path.join(tmp, 'empty.txt'), '');
    for (const [name, bytes] of [['bom.txt', await readFile(path.join(tmp, 'bom.txt'))], ['big.txt', big], ['empty.txt', Buffer.alloc(0)]] as const) {
      expect(hashFileSync(at(name))).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    }
  });

  it('fails with the file named and the reason, as a read does', () => {
    expect(() => hashFileSync(at('missing.txt'))).toThrow(/^t\/missing\.txt: no such file$/);
    expect(() => hashFileSync(at('dir.txt'))).toThrow(/^t\/dir\.txt: is a directory$/);
  });
});
