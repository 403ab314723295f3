/**
 * Language data of the structure stage: the words that decide section roles, organisation names,
 * report kinds and openers. Kept as tables so they can be read, extended and tested apart from code.
 */
import type { ReportKind, SectionRole } from './types.js';

/** Section roles in the order they are tried: the first table with a word in the heading wins. */
export const ROLE_WORDS: ReadonlyArray<readonly [SectionRole, readonly string[]]> = [
  ['responsibilities', ['第一责任人', '主要负责人履行', '履职情况']],
  ['shortcomings', ['不足', '存在的问题', '存在问题', '主要问题', '问题和', '问题及', '短板', '差距', '薄弱环节']],
  ['plans', ['计划', '思路', '下一步', '下步', '打算', '安排', '展望', '努力方向']],
  ['results', ['成效', '主要举措', '主要措施', '主要做法', '工作情况', '开展情况', '进展', '举措', '措施', '做法', '成绩', '亮点']],
];

/** Endings of an organisation name, longest first (tried in this order). */
export const ORG_SUFFIXES: readonly string[] = [
  '街道办事处', '人民政府', '管理委员会', '委员会', '办公室', '办事处', '管委会', '监管局', '执法局', '司法局',
  '政府', '街道', '中心', '局', '委', '办', '厅', '院', '所', '署', '镇', '乡', '县', '区', '市', '州', '旗',
];

/** Starts that make a would-be name a pronoun (我镇, 全区) or a topic (法治政府), not an organisation. */
export const ORG_NON_STARTS: readonly string[] = ['我', '本', '该', '全', '各', '现', '法治', '依法', '关于', '印发', '转发', '批转', '下发'];

/** Verbs that follow the reporting organisation in an opening sentence (`青岚街道坚持…`). */
export const ORG_FOLLOWING_VERBS: readonly string[] = [
  '坚持', '在', '深入', '认真', '紧紧', '紧扣', '以', '围绕', '全面', '始终', '严格', '持续', '聚焦', '高度',
  '按照', '根据', '积极', '着力', '不断', '扎实', '立足', '牢固', '切实', '把', '将', '对', '进一步', '大力',
  '全力', '主动', '着眼', '锚定', '紧盯', '抓好', '狠抓', '强化', '健全', '完善',
  '法治', '依法', '上半年', '下半年', '年度', '关于', '推进', '开展', '深化', '加强', '贯彻', '工作',
  // a count right after the name (`…法律援助中心共办理`), and the topics of other kinds of report in
  // a title (`2019年青山县国民经济和社会发展统计公报`, `江城市12345热线…`)
  // (not 信访, 人民调解, 法律援助: they begin names too — 信访局, 法律援助中心)
  '共', '累计', '全年', '国民经济', '统计公报', '政府信息公开', '政务公开', '12345',
];

/** Characters that mark an anonymised name (`*区`, `XX镇`): such a name is not reported. */
export const PLACEHOLDER_CHARS = /[*＊×XxＸｘ某]/;

/** Title words, by report kind, tried in order. */
export const KIND_TITLE_WORDS: ReadonlyArray<readonly [ReportKind, RegExp]> = [
  ['speech', /发言|讲话|致辞|汇报材料|汇报/],
  ['work-summary', /总结/],
  ['annual-report', /报告|情况/],
];

/** Openers of a speech: a line that addresses the audience. */
export const SPEECH_OPENERS = /^(尊敬的|各位领导|各位代表|同志们)/;

/** Closing formulas of a speech (`汇报完毕，谢谢大家！`). */
export const CLOSING_WORDS = /完毕|谢谢/;

/** Openers of the first body paragraph that stand before the year or the organisation. */
export const TIME_OPENERS = /^(?:(?:(?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3})\s*年(?:度)?(?:以来|来)?|今年(?:以来)?|近年来|近\S{1,2}年来|\S{1,2}年来|过去一年)[，,]?/;
