import iconv from 'iconv-lite';
import { InputFileError } from '../core/errors.js';
import { sniffBinary, sniffBinaryText } from './binary-sniff.js';
import { judgeGb18030 } from './gb18030-plausibility.js';

export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedReport {
  /** the decoded text, without the BOM; offsets into it are the project's offsets */
  readonly text: string;
  readonly encoding: ReportEncoding;
}

/**
 * Bytes of one report → text. Order: BOM (UTF-8, UTF-16LE, UTF-16BE); else binary sniffing
 * (signatures, NUL, control bytes); else strict UTF-8; else GB18030 (a superset of GBK and GB2312)
 * when the result plausibly is Chinese text. Throws InputFileError with code `empty-file`,
 * `binary-file` or `decode-failed`; `file` is only used in the message.
 */
export function decodeReport(bytes: Buffer, file: string): DecodedReport {
  if (bytes.length === 0) throw new InputFileError(file, 'empty file (0 bytes)', 'empty-file');
  const decoded = decodeBytes(bytes, file);
  if (decoded.text.trim() === '') {
    throw new InputFileError(file, 'empty file (only whitespace or a byte-order mark)', 'empty-file');
  }
  const binary = sniffBinaryText(decoded.text);
  if (binary) throw new InputFileError(file, binary, 'binary-file');
  return decoded;
}

function decodeBytes(bytes: Buffer, file: string): DecodedReport {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === null) throw failed(file, 'starts with a UTF-8 byte-order mark but is not valid UTF-8');
    return { text, encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: utf16(bytes.subarray(2), 'le', file), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: utf16(bytes.subarray(2), 'be', file), encoding: 'utf-16be' };

  const binary = sniffBinary(bytes);
  if (binary) throw new InputFileError(file, binary, 'binary-file');
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = iconv.decode(bytes, 'gb18030');
  const verdict = judgeGb18030(bytes, gb);
  if (verdict.ok) return { text: gb, encoding: 'gb18030' };
  throw failed(file, `unknown encoding: ${utf8Damage(bytes)}, and read as GB18030 it is not Chinese text (${verdict.detail})`);
}

/** Where UTF-8 decoding first fails, to tell a damaged UTF-8 file from a foreign encoding. */
function utf8Damage(bytes: Buffer): string {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const first = lenient.indexOf('\ufffd');
  const bad = lenient.split('\ufffd').length - 1;
  const at = Buffer.byteLength(lenient.slice(0, first), 'utf8');
  return `not valid UTF-8 (${bad} invalid byte sequence${bad === 1 ? '' : 's'}, the first at byte ${at})`;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

const failed = (file: string, reason: string): InputFileError => new InputFileError(file, reason, 'decode-failed');

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps a second, stray U+FEFF as text (clean.ts blanks it) instead of dropping it
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16(body: Buffer, order: 'le' | 'be', file: string): string {
  const name = order === 'le' ? 'UTF-16LE' : 'UTF-16BE';
  if (body.length % 2 !== 0) throw failed(file, `starts with a ${name} byte-order mark but has an odd number of bytes`);
  const le = order === 'le' ? body : Buffer.from(body).swap16();
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    throw failed(file, `starts with a ${name} byte-order mark but is not valid ${name}`);
  }
}
