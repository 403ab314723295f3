import iconv from 'iconv-lite';
import { decodeReport, type ReportEncoding } from '../decode.js';
import { judgeGb18030 } from '../gb18030-plausibility.js';

/**
 * A web page's bytes → text. Order: a byte-order mark; else the charset the page declares
 * (`<meta charset>`, `<meta http-equiv="Content-Type" content="…charset=…">`, `<?xml encoding>`),
 * in its first 4 KB; else (or when the declared charset does not decode the bytes, as when a GBK
 * page says utf-8) the text decoder's own detection: strict UTF-8, else plausible GB18030.
 * gb2312 and gbk are read as GB18030, their superset.
 */
export function decodeHtml(bytes: Buffer, file: string): { text: string; encoding: string } {
  if (hasBom(bytes)) return decodeReport(bytes, file);
  const declared = declaredCharset(bytes);
  if (declared) {
    const label = /^(gb2312|gbk|gb_2312-80|x-gbk|gb18030|cp936|windows-936)$/i.test(declared) ? 'gb18030' : declared.toLowerCase();
    if (label === 'utf-8' || label === 'utf8') {
      const strict = strictUtf8(bytes);
      if (strict !== null) return { text: strict, encoding: 'utf-8' };
    } else if (iconv.encodingExists(label)) {
      const text = iconv.decode(bytes, label);
      if (!text.includes('\ufffd')) return { text, encoding: label as ReportEncoding };
    }
  }
  if (strictUtf8(bytes) === null && !hasNul(bytes)) {
    // judge the Chinese of the page's text, not of its (ASCII) markup
    const gb = iconv.decode(bytes, 'gb18030');
    if (judgeGb18030(bytes, gb.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/gi, '')).ok) {
      return { text: gb, encoding: 'gb18030' };
    }
  }
  return decodeReport(bytes, file);
}

const hasNul = (b: Uint8Array): boolean => b.indexOf(0) !== -1;

const hasBom = (b: Uint8Array): boolean =>
  (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** The charset a page declares in its first 4 KB, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.-]+)/i.exec(head);
  return xml ? xml[1]! : null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}
