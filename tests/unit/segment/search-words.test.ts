import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { indexWordsOfMany } from '../../../src/segment/search-words.js';

const jieba = createRequire(import.meta.url)('nodejieba') as { cutForSearch(text: string, hmm: boolean): string[] };
/** what jieba's search mode gives for one sentence cut on its own, punctuation and spaces left out */
const alone = (s: string) => jieba.cutForSearch(s, true).filter((w) => /[\p{L}\p{N}]/u.test(w));

describe('search words of many sentences in one call', () => {
  const sentences = [
    '依托人民调解委员会化解矛盾纠纷30件，调解成功率达98%。',
    '全年办结行政复议案件9件\n（含上年结转2件）。', // a soft line break inside the sentence
    '',
    '！！',
    'PM2.5 年均浓度 31 微克/立方米',
    '二是深入开展“八五”普法。',
  ];

  it('gives each sentence exactly the words it has when cut alone', () => {
    const many = indexWordsOfMany(sentences);
    expect(many).toHaveLength(sentences.length);
    sentences.forEach((s, i) => expect(many[i], s).toEqual(alone(s)));
    expect(many[0]).toEqual(expect.arrayContaining(['人民', '调解', '委员会']));
    expect(many[2]).toEqual([]);
    expect(many[3]).toEqual([]);
  });

  it('one sentence alone, and no sentences at all', () => {
    expect(indexWordsOfMany([sentences[0]!])).toEqual([alone(sentences[0]!)]);
    expect(indexWordsOfMany([])).toEqual([]);
  });
});
