import type { TokenRange } from './tokenize.js';

const NUMBERISH = /^[0-9.,%]+$/;

/** jieba cuts `1,200` and `2023` into single characters: join adjacent digit tokens back into one. */
export function mergeNumberTokens(tokens: readonly TokenRange[]): TokenRange[] {
  const out: TokenRange[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (last && last.end === token.start && NUMBERISH.test(last.text) && NUMBERISH.test(token.text)) {
      out[out.length - 1] = { text: last.text + token.text, start: last.start, end: token.end };
    } else {
      out.push(token);
    }
  }
  return out;
}
