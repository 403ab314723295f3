import WordExtractor from 'word-extractor';
import type { DocumentText } from '../read-document.js';
import { InputFileError } from '../../core/errors.js';

/**
 * A Word 97-2003 .doc or a WPS .wps (both OLE2 compound files holding a Word binary document) →
 * text, with word-extractor: the main body (no headers, footers, footnotes or comments), Unicode
 * kept as written (`filterUnicode: false`: curly quotes stay curly). Paragraph marks end lines; in
 * a table Word ends each cell with a cell mark that word-extractor turns into a tab, so a row is
 * one line of tab-separated cells; the row's own trailing mark is dropped here.
 */
export async function readWordBinary(bytes: Buffer, file: string): Promise<DocumentText> {
  let body: string;
  try {
    const doc = await new WordExtractor().extract(bytes);
    body = doc.getBody({ filterUnicode: false });
  } catch (err) {
    throw new InputFileError(file, `not a readable Word document (.doc/.wps): ${(err as Error).message.split('\n')[0]}`, 'unreadable-document');
  }
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\t+$/, '').replace(/[ \u3000]+$/, ''));
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
  return { text: text.endsWith('\n') ? text : `${text}\n`, format: 'doc', encoding: 'doc', title: null, published: null };
}
