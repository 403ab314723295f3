import { describe, expect, it } from 'vitest';
import { quantitiesOf } from './helpers.js';

/** Sentences that hold no quantity at all. Written for this test. */
const negatives: Array<[why: string, sentence: string]> = [
  // dates and years
  ['year', '2023年以来，我局持续推进依法行政。'],
  ['year with space', '2024 年，全面完成各项任务。'],
  ['year range', '制定2021-2025年法治建设规划。'],
  ['report year', '现将2023年度工作情况报告如下。'],
  ['month and day', '自4月1日起施行新版清单。'],
  ['Chinese year', '二〇二三年，全镇上下团结一心。'],
  ['month only', '于12月底前全部完成。'],
  ['deadline', '承诺在3个工作日内办结。'],
  ['duration in months', '历时6个月完成清理。'],
  ['months with 多', '持续一个多月的集中整治。'],
  // plan and slogan phrases
  ['plan name', '认真谋划“十四五”时期法治建设。'],
  ['campaign', '深入实施“八五”普法规划。'],
  ['campaign unquoted', '扎实推进八五普法中期评估。'],
  ['three systems', '全面落实行政执法三项制度。'],
  ['one team', '推行“一支队伍管执法”改革。'],
  ['five full coverages', '实现村级组织“五个全覆盖”。'],
  ['four full coverages', '推动四个全覆盖落地见效。'],
  ['formula', '构建“1+1+N”工作模式。'],
  ['formula with X', '探索“1+X”证书制度。'],
  ['dual duties', '落实党风廉政建设一岗双责。'],
  ['slogan', '深化两优化一规范改革。'],
  ['political slogan', '增强“四个意识”，坚定“四个自信”。'],
  ['political slogan 2', '做到“两个维护”，深刻领悟“两个确立”。'],
  ['eight rules', '严格落实中央八项规定精神。'],
  ['trinity', '建立述职述廉述法三位一体考核。'],
  ['one-one shape', '推行一次一评、一案一档机制。'],
  ['one-person file', '建立一人一档管理台账。'],
  ['one-stop', '打造一站式矛盾纠纷调处中心。'],
  ['one net', '织密社会治理一张网。'],
  ['one thing', '推进“高效办成一件事”改革。'],
  ['one-off', '实行一次性告知制度。'],
  ['run once', '深化最多跑一次改革。'],
  ['quoted one', '实现“一网、一门、一次”办理。'],
  ['four aspects', '重点抓好四个方面的工作。'],
  ['indefinite one', '将法治建设作为一项重要的政治任务。'],
  ['indefinite one with 的', '营造一个良好的法治环境。'],
  ['a batch of', '培养一批懂法用法的骨干。'],
  ['new round', '结合新一轮机构改革。'],
  ['four teams', '组织四套班子集体学法。'],
  // ordinals
  ['ordinal', '这是第一次召开此类会议。'],
  ['article number', '依据条例第十条的规定。'],
  ['ordinal batch', '入选第二批示范名单。'],
  ['ordinal Arabic', '召开第3次全体会议。'],
  ['ordinal placeholder', '落实第*轮巡察反馈意见。'],
  ['first batch', '获评首批法治示范单位。'],
  ['session', '学习党的二十届三中全会精神。'],
  // masked names
  ['masked committee', '接受*县（区）委巡察监督。'],
  ['masked word', '奋力书写法治*建设新篇章。'],
  ['masked party committee', '作为*党（工）委理论学习重点内容。'],
  ['masked members', '组织*全体党员集中学习。'],
  ['masked government', '经*人民政府同意印发。'],
  ['masked department', '会同*部门联合执法。'],
  ['masked town', 'XX镇坚持依法行政。'],
  ['certain person', '对某人的违法行为依法处理。'],
  ['certain item', '某项工作推进缓慢。'],
  // day names and codes
  ['security day', '围绕4.15国家安全日开展宣传。'],
  ['constitution day', '以12·4宪法日为契机。'],
  ['consumer day', '组织3·15消费者权益日活动。'],
  ['document number', '印发《实施方案》（渝府发〔2023〕5号）。'],
  ['hotline', '畅通12345政务服务热线。'],
  ['legal hotline', '推广12348法律服务热线。'],
  ['around the clock', '提供7×24小时在线服务。'],
  ['24 hours', '实行24小时值班制度。'],
  // Chinese numerals inside ordinary words
  ['enumeration', '一是健全机制，二是强化监督。'],
  ['unified', '统一部署、统一名称、统一张贴。'],
  ['unique', '唯一一家获此殊荣。'],
  ['same', '同一批次的样品。'],
  ['together', '与群众一起学习宪法。'],
  ['integration', '推动一体化平台建设。'],
  ['some', '存在一些薄弱环节。'],
  ['three parties', '建立三方协商机制。'],
  ['seven departments', '联合七部门开展检查。'],
  ['parts', '其中大部分已整改到位。'],
  ['vague tens', '开展宣讲数十次。'],
  ['vague hundreds', '吸引几百人参加。'],
  ['bare ten thousand', '开展“百名律师进万家”活动。'],
  ['bare campaign', '组织万场讲法活动。'],
  ['bare thousands', '走进千家万户。'],
  ['phase', '二期工程即将完工。'],
  ['every one', '群众期盼的事就是要办好每一件。'],
  ['place name', '赴七台河市学习交流。'],
  // unit-like words after numbers
  ['number then 方面', '从3个方面入手。'],
  ['number then 人民', '共4人民调解委员会参加。'],
  ['number then 项目', '新开工5项目建设。'],
  ['number then 条例', '学习2条例。'],
  ['number then 年', '连续3年获评先进。'],
  ['May Day', '五一假期安排专人值班。'],
];

describe('negative sentences yield nothing', () => {
  for (const [why, sentence] of negatives) {
    it(`${why}: ${sentence}`, () => {
      expect(quantitiesOf(sentence).map((q) => q.text)).toEqual([]);
    });
  }
});
