/**
 * Conversion debris that Word/WPS → text converters leave behind: bookmark anchors
 * (`[bookmark: _GoBack]`, `[bookmark: _Toc123]`) and picture placeholders (`[image: …]`, `[picture]`).
 */
const DEBRIS_TAG = /\[(?:bookmark|image|picture|img|graphic|chart|shape|textbox)(?::[^\]\n]{0,200})?\]/gi;

/**
 * Invisible characters with no meaning in a report: zero-width space/joiners, word joiner, soft
 * hyphen, direction marks and embeddings, a stray U+FEFF inside the text, and the Private Use
 * block U+F000–U+F0FF where Word's Symbol/Wingdings bullets land.
 */
const STRAY_CHARS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\uf000-\uf0ff]/g;

const blank = (match: string): string => ' '.repeat(match.length);

/**
 * Defines the stored text of a report.
 *
 * 1. Line ends: `\r\n` and a lone `\r` become `\n`. This is the only step that changes length;
 *    it runs first, and it keeps the file's line count, so line numbers still match an editor.
 * 2. Debris tags and stray invisible characters become spaces, one space per UTF-16 unit, so the
 *    offsets and lines of every other character are unchanged.
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(DEBRIS_TAG, blank).replace(STRAY_CHARS, blank);
}
