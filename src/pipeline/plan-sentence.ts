/**
 * Words that open a sentence about the future (`下一步，计划新建…`, `明年力争…`, `2025年将…`): a
 * figure in such a sentence is a target, even under a results heading.
 */
// not 将 alone: 将…纳入 ("put … into") opens many past-tense sentences
const PLAN_OPENERS = ['下一步', '下步', '今后', '明年', '来年', '计划', '拟', '力争', '争取', '预计', '将继续', '将进一步'];

const LEAD = /^[\s　]*(?:[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十0-9]+[)）、.．]|20\d\d年(?:度)?|[，,、])*/u;

export function isPlanSentence(sentence: string): boolean {
  const rest = sentence.replace(LEAD, '');
  return PLAN_OPENERS.some((w) => rest.startsWith(w));
}
