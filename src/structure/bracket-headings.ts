import type { HeadingCandidate } from './detect-headings.js';
import { isBlank, type TextLine } from './lines.js';

/**
 * Yearbook and gazetteer entries open with their title in black lenticular brackets: `【人民调解】`,
 * at the start of a line or after the entry's breadcrumb of short category words that scraped pages
 * keep (`政法 司法行政 【人民调解工作】 2003年，…`). The title is the text inside the brackets.
 */
const ENTRY = /(?:[\u4e00-\u9fff]{1,8}[ \u3000]+){0,5}【([^【】\n，。；,;:：]{2,20})】/y;

export function detectBracketHeadings(text: string, lines: readonly TextLine[]): HeadingCandidate[] {
  const found: HeadingCandidate[] = [];
  for (const l of lines) {
    if (isBlank(l)) continue;
    ENTRY.lastIndex = l.contentStart;
    const m = ENTRY.exec(text);
    if (!m || m.index + m[0].length > l.contentEnd) continue;
    const open = m.index + m[0].length - m[1]!.length - 2;
    found.push({ start: open, marker: null, family: 'headline', index: found.length + 1, titleStart: open + 1, titleEnd: open + 1 + m[1]!.length });
  }
  return found;
}
