import { decodeReport } from './decode.js';
import { sniffFormat, type ReportFormat } from './report-format.js';

/**
 * What a reader makes of a file: the plain text every later stage reads (one paragraph per line,
 * table rows as tab-separated cells; line/column/offsets refer to it and it is stored with the
 * report), and the metadata the format carries.
 */
export interface DocumentText {
  readonly text: string;
  readonly format: ReportFormat;
  /** the character encoding of a text or HTML file (`utf-8`, `gb18030`…); else the format name */
  readonly encoding: string;
  /** the title the format declares (HTML `<title>`/headline, docx core title, PDF info), else null */
  readonly title: string | null;
  /** the publication date a web page declares, YYYY-MM-DD, else null */
  readonly published: string | null;
}

/**
 * The reader for a file, chosen by its content first and its extension second (report-format.ts).
 * Each reader (and its libraries) is imported when a file of its format first comes, so commands
 * and corpora of plain text never load them.
 */
export async function readDocument(bytes: Buffer, file: string): Promise<DocumentText> {
  const format = sniffFormat(bytes, file);
  switch (format) {
    case 'html':
      return (await import('./readers/html-reader.js')).readHtml(bytes, file);
    case 'docx':
      return (await import('./readers/docx-reader.js')).readDocx(bytes, file);
    case 'doc':
      return (await import('./readers/word-binary-reader.js')).readWordBinary(bytes, file);
    case 'pdf':
      return (await import('./readers/pdf-reader.js')).readPdf(bytes, file);
    case 'text': {
      const { text, encoding } = decodeReport(bytes, file);
      return { text, format: 'text', encoding, title: null, published: null };
    }
  }
}
