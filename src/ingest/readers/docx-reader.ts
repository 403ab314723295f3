import mammoth from 'mammoth';
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import { domToLines, type DomNode } from './html-lines.js';
import type { DocumentText } from '../read-document.js';
import { InputFileError } from '../../core/errors.js';

/**
 * A Word .docx (OOXML) → text. mammoth turns the document body into semantic HTML (paragraphs,
 * headings, lists, tables with their rows and cells; no headers, footers, comments or text boxes'
 * layout), which html-lines.ts reads like a web page: one line per paragraph, one tab-separated line
 * per table row. The title of docProps/core.xml (jszip) is the format's title.
 */
export async function readDocx(bytes: Buffer, file: string): Promise<DocumentText> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (err) {
    throw new InputFileError(file, `not a readable .docx: ${(err as Error).message.split('\n')[0]}`, 'unreadable-document');
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const lines = domToLines(document.body as unknown as DomNode);
  return { text: lines.join('\n') + '\n', format: 'docx', encoding: 'docx', title: await coreTitle(bytes), published: null };
}

/** `<dc:title>` of docProps/core.xml, or null. */
async function coreTitle(bytes: Buffer): Promise<string | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')?.async('string');
    const m = core ? /<dc:title>([^<]*)<\/dc:title>/.exec(core) : null;
    return m && m[1]!.trim() ? decodeXml(m[1]!.trim()) : null;
  } catch {
    return null;
  }
}

const decodeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
