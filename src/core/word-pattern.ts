/** `text` with every regular-expression metacharacter escaped: as a pattern it matches itself. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regular expression that matches any of `words` literally, the longer words first (an
 * alternation takes its first branch that matches, so `调解成功` wins over `调解`), or null when
 * there are no words.
 */
export function wordsPattern(words: readonly string[], flags = ''): RegExp | null {
  if (words.length === 0) return null;
  return new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), flags);
}
