import { describe, expect, test } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { findItems } from '../../../src/structure/items.js';

const items = (input: string) => {
  const src = createSourceText('t.txt', input);
  return findItems(src).map((it) => ({ marker: it.marker, index: it.index, text: src.slice(it.span) }));
};

describe('findItems', () => {
  test('items inside one paragraph run to the next item', () => {
    expect(items('主要做法：一是健全制度；二是强化考核。三是加强宣传。')).toEqual([
      { marker: '一是', index: 1, text: '一是健全制度；' },
      { marker: '二是', index: 2, text: '二是强化考核。' },
      { marker: '三是', index: 3, text: '三是加强宣传。' },
    ]);
  });

  test('an item opening a line runs to the line end', () => {
    expect(items('十一是完善机制。\n正文')).toEqual([{ marker: '十一是', index: 11, text: '十一是完善机制。' }]);
  });

  test('第一，第二， items', () => {
    expect(items('第一，抓学习。第二，抓落实。').map((i) => [i.marker, i.index])).toEqual([['第一', 1], ['第二', 2]]);
  });

  test.each([['坚持统一是关键'], ['第一次会议'], ['一、标题'], ['唯一是指']])('no item in %s', (input) => {
    expect(items(input)).toEqual([]);
  });
});
