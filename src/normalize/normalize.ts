import { CHAR_MAP } from './char-map.js';

const pattern = new RegExp(`[${[...CHAR_MAP.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/**
 * Full-width digits, ％, ＊ and odd spaces become their ASCII forms; `\r` becomes a space.
 * The result has exactly the length of the input, so offsets into it are offsets into the raw text.
 */
export function normalizeText(raw: string): string {
  return raw.replace(pattern, (c) => CHAR_MAP.get(c) ?? c);
}
