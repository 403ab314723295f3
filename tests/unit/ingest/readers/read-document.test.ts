import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/ingest/read-document.js';

/**
 * tests/fixtures/formats: one invented report written as plain text, and the same report made into
 * .docx (with a real Word table), .doc and .pdf by LibreOffice, and into a GBK web page with a site's
 * navigation, publication bar, share/print tools and footer around it. Every reader must give back
 * the report's paragraphs, one per line, and the table as tab-separated rows.
 */
const DIR = resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'formats');
const read = (name: string) => readDocument(readFileSync(join(DIR, name)), name);
const paragraphs = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
const original = paragraphs(readFileSync(join(DIR, 'luting-county-2023.txt'), 'utf8'));
const TITLE = '芦汀县人民政府关于2023年度法治政府建设情况的报告';

describe('readDocument', () => {
  it('reads plain text as it is', async () => {
    const doc = await read('luting-county-2023.txt');
    expect(doc).toMatchObject({ format: 'text', encoding: 'utf-8', title: null, published: null });
    expect(paragraphs(doc.text)).toEqual(original);
  });

  it('.docx (mammoth): every paragraph, the table one row per line with its cells in order, and the core title', async () => {
    const doc = await read('luting-county-2023.docx');
    expect(doc).toMatchObject({ format: 'docx', encoding: 'docx' });
    expect(paragraphs(doc.text)).toEqual(original);
    expect(doc.text).toContain('类别\t受理数（件）\t办结数（件）\t纠错数（件）\n行政复议\t61\t58\t7\n');
  });

  it('.doc (word-extractor): the same paragraphs and table rows, curly quotes kept', async () => {
    const doc = await read('luting-county-2023.doc');
    expect(doc).toMatchObject({ format: 'doc', title: null });
    expect(paragraphs(doc.text)).toEqual(original);
    expect(doc.text).toContain('开展“法律明白人”培训活动68场');
  });

  it('GBK web page (readability): the article only, title without the site name, publication date', async () => {
    const doc = await read('luting-county-2023.html');
    expect(doc).toMatchObject({ format: 'html', encoding: 'gb18030', title: TITLE, published: '2024-01-22' });
    expect(paragraphs(doc.text)).toEqual(original);
    for (const furniture of ['发布时间', '浏览次数', '当前位置', '打印', '分享', '版权所有', 'ICP', '访客', '上一篇', '政务公开', 'hmt']) {
      expect(doc.text, furniture).not.toContain(furniture);
    }
  });

  it('.pdf (unpdf): wrapped lines joined into paragraphs, the spaces between Chinese and digits gone, the info title', async () => {
    const doc = await read('luting-county-2023.pdf');
    expect(doc).toMatchObject({ format: 'pdf', title: TITLE });
    const lines = paragraphs(doc.text);
    expect(lines).toHaveLength(original.length);
    // the table's header row is one text run in this PDF: its cells stay space-separated
    const differing = lines.filter((l, i) => l !== original[i]);
    expect(differing).toEqual(['类别\t受理数（件） 办结数（件） 纠错数（件）']);
  });

  it('a PDF without a text layer fails, saying it needs OCR', async () => {
    await expect(read('scanned-no-text.pdf')).rejects.toThrow(/scanned-no-text\.pdf: no text layer: needs OCR/);
  });

  it('chooses the reader by content: a .docx renamed .txt, a PDF renamed .doc, HTML saved as .doc', async () => {
    const docx = await readDocument(readFileSync(join(DIR, 'luting-county-2023.docx')), 'renamed.txt');
    expect(docx.format).toBe('docx');
    const pdf = await readDocument(readFileSync(join(DIR, 'luting-county-2023.pdf')), 'renamed.doc');
    expect(pdf.format).toBe('pdf');
    const html = await readDocument(Buffer.from('<html><body><p>县政府共受理案件12件。</p></body></html>'), 'saved.doc');
    expect(html).toMatchObject({ format: 'html', text: '县政府共受理案件12件。\n' });
  });

  it('a damaged .docx or .doc fails with the reader named', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml garbage')]);
    await expect(readDocument(zip, 'broken.docx')).rejects.toThrow(/broken\.docx: not a readable \.docx/);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    await expect(readDocument(ole, 'broken.doc')).rejects.toThrow(/broken\.doc: not a readable Word document/);
  });
});
