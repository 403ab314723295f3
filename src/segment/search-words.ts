import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface JiebaSearch {
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
}

let jieba: JiebaSearch | null = null;
const instance = (): JiebaSearch => (jieba ??= require('nodejieba') as JiebaSearch);

/** Keeps words that carry letters or digits (drops punctuation and spaces). */
const WORD = /[\p{L}\p{N}]/u;

/**
 * The words of a sentence for the search index: jieba's search mode, which adds the shorter words
 * inside long ones (人民调解委员会 → 人民, 调解, 委员会, 人民调解委员会 …), so a query for 调解 finds it.
 */
export const indexWords = (text: string): string[] => instance().cutForSearch(text, true).filter((w) => WORD.test(w));

/** The words of a query: jieba's ordinary cut (调解成功率 → 调解, 成功率), each to be found in the index. */
export const queryWords = (text: string): string[] => instance().cut(text, true).filter((w) => WORD.test(w));
