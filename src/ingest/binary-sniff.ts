/**
 * Cheap checks that tell a binary file from a text file before any decoding is tried, so that a
 * PNG or a .docx renamed to .txt is reported as "binary", not as "unknown encoding".
 */

const SIGNATURES: ReadonlyArray<{ magic: readonly number[]; what: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive, e.g. a .docx/.xlsx/.wps saved as .txt' },
  { magic: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an OLE2 file, e.g. an old .doc/.xls' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7z archive' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
];

/** Share of control characters above which a text is taken for binary data. */
export const MAX_CONTROL_SHARE = 0.02;

/** A control character that never occurs in a plain-text report (tab, line ends, \v and \f do). */
export const isStrayControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) ||
  code === 0x7f;

/**
 * Why `bytes` (not UTF-16) look binary, or null. Control bytes can be counted on the raw bytes
 * because no multi-byte sequence of UTF-8 or GB18030 contains a byte below 0x30.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const { magic, what } of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return `binary file: looks like ${what}, not a text report`;
  }
  if (bytes.indexOf(0) !== -1) return 'binary file: contains NUL bytes, not a text report';
  let controls = 0;
  // indexed: a typed array's iterator costs several times more per byte
  for (let i = 0; i < bytes.length; i++) if (isStrayControl(bytes[i]!)) controls++;
  return controls / bytes.length > MAX_CONTROL_SHARE ? binaryByControls(controls, bytes.length) : null;
}

/** Why a decoded text looks binary (NUL or many control characters), or null. */
export function sniffBinaryText(text: string): string | null {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return 'binary file: contains NUL characters, not a text report';
    if (isStrayControl(code)) controls++;
  }
  return controls / text.length > MAX_CONTROL_SHARE ? binaryByControls(controls, text.length) : null;
}

const binaryByControls = (controls: number, total: number): string =>
  `binary file: ${controls} of ${total} characters are control characters, not a text report`;
