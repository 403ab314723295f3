import { describe, expect, it } from 'vitest';
import { formatOfExtension, sniffFormat } from '../../../src/ingest/report-format.js';

const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : Uint8Array.from(s));

describe('the format of a file', () => {
  it('is read from its content first: a PDF or a web page under any name', () => {
    expect(sniffFormat(bytes('%PDF-1.7\n…'), '报告.txt')).toBe('pdf');
    expect(sniffFormat(bytes('<!DOCTYPE html><html><body>报告</body></html>'), '报告.doc')).toBe('html');
    expect(sniffFormat(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '报告.wps')).toBe('doc');
  });

  it('then from its extension, and plain text when the extension says nothing', () => {
    expect(sniffFormat(bytes('全年受理案件12件。'), '报告.md')).toBe('text');
    expect(sniffFormat(bytes('全年受理案件12件。'), '报告.htm')).toBe('html');
    expect(sniffFormat(bytes('全年受理案件12件。'), '报告.xyz')).toBe('text');
  });

  it('never takes a member of every JavaScript object for an extension', () => {
    for (const ext of ['constructor', 'tostring', '__proto__', 'hasownproperty']) {
      expect(formatOfExtension(ext)).toBeNull();
      expect(sniffFormat(bytes('全年受理案件12件。'), `报告.${ext}`)).toBe('text');
    }
    expect(formatOfExtension('docx')).toBe('docx');
  });
});
