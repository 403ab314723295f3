import { describe, expect, it } from 'vitest';
import { isPlanSentence } from '../../../src/pipeline/plan-sentence.js';

describe('isPlanSentence', () => {
  it.each([
    '下一步，计划新建人民调解委员会3个。',
    '明年力争调解成功率达到98%。',
    '2025年将进一步增加法律顾问至5名。',
    '三是力争全年开展普法活动不少于20场。',
    '（二）计划组织专题学法4次。',
  ])('future: %s', (s) => expect(isPlanSentence(s)).toBe(true));

  it.each([
    '全年调解矛盾纠纷120件。',
    '2024年共受理行政复议案件15件。',
    '制定年度学法计划，组织学法6次。',
    '将军村建成民主法治示范村。',
    '将法治建设纳入年度考核，全年考核单位32家。',
  ])('not future: %s', (s) => expect(isPlanSentence(s)).toBe(false));
});
