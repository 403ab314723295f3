import path from 'node:path';

/** The formats a report can come in; each has its own reader (see read-document.ts). */
export type ReportFormat = 'text' | 'html' | 'docx' | 'doc' | 'pdf';

/** File extensions that discovery takes from folders, and the format each suggests. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  docx: 'docx',
  doc: 'doc',
  wps: 'doc',
  pdf: 'pdf',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** The format an extension (lower case, no dot) suggests, or null; `constructor` is no extension of ours. */
export const formatOfExtension = (ext: string): ReportFormat | null => (Object.hasOwn(FORMAT_BY_EXTENSION, ext) ? FORMAT_BY_EXTENSION[ext]! : null);

export const extensionOf = (file: string): string => path.extname(file).slice(1).toLowerCase();

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

/**
 * The format of a file by its content first, then by its extension. A `.doc` that a web site
 * served as HTML is read as HTML, a `.wps` saved as OOXML as .docx, a PDF renamed to `.txt` as PDF.
 * A ZIP that is not a Word document, an OLE2 file, or text, and anything unrecognised, falls back
 * to the extension's reader, which reports the problem.
 */
export function sniffFormat(bytes: Uint8Array, file: string): ReportFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && zipHasWordDocument(bytes)) return 'docx';
  // an OLE2 compound file: a Word 97-2003 .doc or a WPS .wps (an .xls fails in the Word reader, named)
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (looksLikeHtml(bytes)) return 'html';
  return formatOfExtension(extensionOf(file)) ?? 'text';
}

/** A ZIP's local file names are stored in clear: an OOXML Word file names `word/document.xml`. */
function zipHasWordDocument(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1 << 20)).toString('latin1');
  return head.includes('word/document.xml') || head.includes('[Content_Types].xml') && head.includes('word/');
}

/** `<!DOCTYPE html`, `<html`, or `<head`/`<meta`/`<body` near the start (after a BOM and blanks). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024))
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '')
    .replace(/\x00/g, '')
    .trimStart()
    .toLowerCase();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|meta\s|body[\s>])/.test(head);
}
