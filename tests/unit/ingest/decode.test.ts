import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../../src/core/errors.js';
import { decodeReport } from '../../../src/ingest/decode.js';

const TEXT = '青岚县2023年法治政府建设情况报告\n全年共受理行政复议案件57件，办结53件，成功率97.6%。\n';

const bytes = (...parts: Array<number[] | Buffer | string>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

function failure(b: Buffer): InputFileError {
  try {
    decodeReport(b, 'x.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return error as InputFileError;
  }
  throw new Error('decodeReport did not throw');
}

describe('decodeReport: text encodings', () => {
  it.each([
    ['utf-8', bytes(TEXT)],
    ['utf-8-bom', bytes([0xef, 0xbb, 0xbf], TEXT)],
    ['utf-16le', bytes([0xff, 0xfe], Buffer.from(TEXT, 'utf16le'))],
    ['utf-16be', bytes([0xfe, 0xff], utf16be(TEXT))],
    ['gb18030', iconv.encode(TEXT, 'gb18030')],
    ['gb18030', iconv.encode(TEXT, 'gbk')],
  ] as const)('%s', (encoding, input) => {
    expect(decodeReport(input, 'x.txt')).toEqual({ text: TEXT, encoding });
  });

  it('does not include the BOM in the text', () => {
    expect(decodeReport(bytes([0xef, 0xbb, 0xbf], '法治'), 'x.txt').text).toBe('法治');
    expect(decodeReport(bytes([0xff, 0xfe], Buffer.from('法治', 'utf16le')), 'x.txt').text).toBe('法治');
  });

  it('decodes GB18030 four-byte sequences (CJK extension A, €)', () => {
    const text = `${TEXT}㐀字与€符号均可编码。`;
    expect(decodeReport(iconv.encode(text, 'gb18030'), 'x.txt').text).toBe(text);
  });

  it('keeps plain ASCII as UTF-8', () => {
    expect(decodeReport(bytes('Annual report 2023\n'), 'x.txt').encoding).toBe('utf-8');
  });
});

describe('decodeReport: files that are not reports', () => {
  it.each([
    ['0 bytes', Buffer.alloc(0)],
    ['only whitespace', bytes(' \n\t\r\n\u3000 ')],
    ['only a UTF-8 BOM', bytes([0xef, 0xbb, 0xbf])],
    ['a UTF-16LE BOM and spaces', bytes([0xff, 0xfe], Buffer.from('  \n', 'utf16le'))],
  ])('empty-file: %s', (_name, input) => {
    expect(failure(input).code).toBe('empty-file');
  });

  it.each([
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /PNG/],
    ['ZIP (.docx)', bytes('PK', [3, 4, 20, 0, 6, 0], '[Content_Types].xml'), /ZIP.*docx/],
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/],
    ['NUL bytes', bytes('abc', [0, 0, 0], 'def'), /NUL/],
    ['control characters', bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f], 'some text here'), /control characters/],
    ['UTF-16 with NULs in the text', bytes([0xff, 0xfe], Buffer.from('ab\0\0\0cd', 'utf16le')), /NUL/],
  ])('binary-file: %s', (_name, input, reason) => {
    const error = failure(input);
    expect(error.code).toBe('binary-file');
    expect(error.reason).toMatch(/^binary file/);
    expect(error.reason).toMatch(reason);
  });

  it.each([
    ['Latin-1 prose', iconv.encode('Café résumé naïve, déjà vu à Noël. '.repeat(4), 'latin1')],
    ['Big5 Chinese', iconv.encode(TEXT.repeat(3), 'big5')],
    ['Shift_JIS Japanese', iconv.encode('日本語のテキストです。法治政府の報告書。'.repeat(3), 'shift_jis')],
    ['high bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => 0x80 + ((i * 37) % 0x7f)))],
  ])('decode-failed: %s', (_name, input) => {
    const error = failure(input);
    expect(error.code).toBe('decode-failed');
    expect(error.reason).toMatch(/^unknown encoding/);
  });

  it('names the first bad byte of a damaged UTF-8 file', () => {
    const good = bytes(TEXT.repeat(3));
    const damaged = Buffer.concat([good.subarray(0, 10), Buffer.from([0xff]), good.subarray(10)]);
    expect(failure(damaged).reason).toMatch(/not valid UTF-8 \(1 invalid byte sequence, the first at byte 10\)/);
  });

  it.each([
    ['UTF-8 BOM then invalid UTF-8', bytes([0xef, 0xbb, 0xbf, 0xc4, 0xb3, 0xff])],
    ['UTF-16LE BOM and an odd length', bytes([0xff, 0xfe, 0x41, 0x00, 0x42])],
  ])('decode-failed: %s', (_name, input) => {
    expect(failure(input).code).toBe('decode-failed');
  });

  it('puts the file name in the message', () => {
    expect(failure(Buffer.alloc(0)).message).toBe('x.txt: empty file (0 bytes)');
  });
});
