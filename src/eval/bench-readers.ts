import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { readDocument } from '../ingest/read-document.js';
import { decodeReport } from '../ingest/decode.js';
import { extensionOf } from '../ingest/report-format.js';

/**
 * The readers' share of `npm run bench`: MB/s of each format's reader (readDocument, in this
 * process) on a generated mix, next to a floor measured in the same run: decoding the same texts as
 * plain .txt. Web pages (a site template around each text, GBK) and .docx (paragraphs and a table,
 * built with jszip) are generated from the bench's texts; .doc and .pdf cannot be written without
 * an office suite, so the samples shipped in corpus/ and tests/fixtures/formats are read instead.
 */
export interface ReaderSpeed {
  readonly format: string;
  readonly files: number;
  /** input bytes read */
  readonly bytes: number;
  /** characters of text produced */
  readonly chars: number;
  readonly ms: number;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function webPage(text: string): Buffer {
  const [title = '', ...body] = text.split('\n').filter((l) => l.trim());
  const paras = body.map((l) => `<p style="text-indent:2em">${escape(l)}</p>`).join('\n');
  const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${escape(title)}_县人民政府网</title><meta name="PubDate" content="2024-01-22 09:30"><script>var _hmt=[];</script></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div><div class="article"><h1>${escape(title)}</h1>
<div class="info">发布时间：2024-01-22 来源：县司法局 浏览次数：<span>1386</span></div><div id="zoom">${paras}</div>
<div class="tools">【打印本页】【关闭窗口】</div></div><div class="footer">版权所有：县人民政府 ICP备12345678号</div></body></html>`;
  return iconv.encode(html, 'gbk');
}

async function docx(text: string): Promise<Buffer> {
  const paras = text.split('\n').filter((l) => l.trim()).map((l) => `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`);
  const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const table = `<w:tbl>${[['类别', '受理数（件）', '办结数（件）'], ['行政复议', '61', '58'], ['行政应诉', '45', '39']]
    .map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras.slice(0, 8).join('')}${table}${paras.slice(8).join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The shipped samples of one extension (corpus/ and tests/fixtures/formats/). */
function samples(ext: string): Buffer[] {
  const out: Buffer[] = [];
  for (const dir of ['corpus', join('tests', 'fixtures', 'formats')]) {
    try {
      for (const name of readdirSync(dir)) if (extensionOf(name) === ext && !name.startsWith('scanned')) out.push(readFileSync(join(dir, name)));
    } catch {
      /* not in a checkout: that format is not measured */
    }
  }
  return out;
}

/** Passes over `files` until at least MIN_MS have gone by, so a fast reader is not timed on noise. */
const MIN_MS = 400;

async function measure(format: string, files: readonly Buffer[], name: string, read: (b: Buffer, name: string) => Promise<{ text: string }> | { text: string }): Promise<ReaderSpeed> {
  // warm up: module loading and JIT are not the reader's speed
  for (const file of files.slice(0, Math.min(20, files.length))) await read(file, name);
  const size = files.reduce((n, f) => n + f.length, 0);
  const t0 = performance.now();
  let chars = 0;
  let passes = 0;
  do {
    for (const file of files) chars += (await read(file, name)).text.length;
    passes++;
  } while (performance.now() - t0 < MIN_MS);
  return { format, files: files.length * passes, bytes: size * passes, chars, ms: performance.now() - t0 };
}

/** Reads `perFormat` files of each format; the first row is the plain-text floor. */
export async function benchReaders(texts: readonly string[], perFormat = 200): Promise<ReaderSpeed[]> {
  const sources = texts.slice(0, perFormat).map((p) => readFileSync(p, 'utf8'));
  const pick = <T>(items: readonly T[]): T[] => Array.from({ length: items.length ? perFormat : 0 }, (_, i) => items[i % items.length]!);
  const plain = pick(sources.map((t) => Buffer.from(t)));
  if (plain.length === 0) return [];
  const rows = [await measure('floor: .txt decode', plain, 'r.txt', (b, n) => decodeReport(b, n))];
  rows.push(await measure('.txt', plain, 'r.txt', readDocument));
  rows.push(await measure('.html (GBK)', pick(sources.map(webPage)), 'r.html', readDocument));
  rows.push(await measure('.docx', pick(await Promise.all(sources.slice(0, 50).map(docx))), 'r.docx', readDocument));
  for (const ext of ['doc', 'pdf']) {
    const shipped = samples(ext);
    if (shipped.length) rows.push(await measure(`.${ext} (samples)`, pick(shipped).slice(0, Math.min(perFormat, 60)), `r.${ext}`, readDocument));
  }
  return rows;
}

export function formatReaders(rows: readonly ReaderSpeed[]): string {
  const floor = rows[0];
  const mbps = (r: ReaderSpeed) => r.bytes / 1e6 / (r.ms / 1000);
  const lines = rows.map((r) => {
    const ratio = floor && r !== floor ? `  ${(mbps(floor) / mbps(r)).toFixed(1)}× the floor's time per MB` : '';
    return `  ${r.format.padEnd(20)} ${String(r.files).padStart(4)} files ${(r.bytes / 1e6).toFixed(2).padStart(6)} MB  ${mbps(r).toFixed(2).padStart(7)} MB/s in, ${(r.chars / 1e6 / (r.ms / 1000)).toFixed(2)} M chars/s out${ratio}`;
  });
  return `readers  each format's reader alone (one thread), next to decoding the same texts as plain .txt:\n${lines.join('\n')}\n`;
}
