import { getDocumentProxy } from 'unpdf';
import type { DocumentText } from '../read-document.js';
import { InputFileError } from '../../core/errors.js';
import { joinParagraphs, pageLines, type PdfItem, type PdfLine } from './pdf-lines.js';

/** Fewer visible characters than this over the whole document: no text layer (a scan). */
const MIN_TEXT_CHARS = 20;

/**
 * A PDF → text, with unpdf (pdf.js built for servers, no worker or canvas): each page's text
 * items become lines and paragraphs (pdf-lines.ts). A PDF whose pages carry no text (a scan) fails
 * with "no text layer: needs OCR"; an encrypted or damaged one with pdf.js's reason. The document
 * info's Title is the format's title.
 */
export async function readPdf(bytes: Buffer, file: string): Promise<DocumentText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (err) {
    throw new InputFileError(file, `not a readable PDF: ${(err as Error).message}`, 'unreadable-document');
  }
  try {
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const t = it.transform as number[];
        items.push({ str: it.str, x: t[4]!, y: t[5]!, width: it.width, size: it.height || Math.hypot(t[2]!, t[3]!) || 10 });
      }
      pages.push(pageLines(items));
      page.cleanup();
    }
    const lines = joinParagraphs(pages);
    if (lines.join('').replace(/\s/g, '').length < MIN_TEXT_CHARS) {
      throw new InputFileError(file, `no text layer: needs OCR (${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}, no text on any)`, 'no-text-layer');
    }
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null;
    return { text: lines.join('\n') + '\n', format: 'pdf', encoding: 'pdf', title, published: null };
  } finally {
    await pdf.destroy();
  }
}
