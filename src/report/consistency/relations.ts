/**
 * The relations the consistency checks know, as data. Each is a fact about the indicators of
 * ../shared/indicator-catalog.md, not about any one report.
 */

/** A later stage of handling can never count more than the stage before it, for the same matter. */
export interface FlowRelation {
  /** the earlier stage: received, screened, mediated */
  readonly before: string;
  /** the later stage: closed, mediated, mediated successfully */
  readonly after: string;
}

export const FLOW_RELATIONS: readonly FlowRelation[] = [
  { before: 'reconsideration.received', after: 'reconsideration.closed' },
  { before: 'disputes.received', after: 'disputes.mediated' },
  { before: 'disputes.mediated', after: 'disputes.mediated_success' },
];

/**
 * Words in the sentence that make a later stage larger than the earlier one legitimately: cases
 * carried over from last year, cumulative totals. A flow pair in such a sentence is not checked.
 */
export const CARRY_OVER_WORDS: readonly string[] = ['结转', '上年', '往年', '累计', '历年', '含上', '积案', '存量'];

/** The marker that opens a breakdown of the total just before it: 受理12件，其中… */
export const SUBCOUNT_MARKERS: readonly string[] = ['其中'];

/** Qualifiers that make a value a lower bound (300余件): a part may exceed it. */
export const LOWER_BOUND_QUALIFIERS: readonly string[] = ['余', '多', '以上', '超过', '逾', '不少于', '不低于', '至少'];

/**
 * Rates that are shares of a whole and so can never exceed 100%: the word must stand right before
 * the value (a few characters such as 达、为、均达到 between). Growth rates (增长率) and completion
 * against a target (完成率) may exceed 100% and are not listed.
 */
export const BOUNDED_RATE_WORDS: readonly string[] = [
  '成功率', '出庭率', '应诉率', '出庭应诉率', '持证率', '覆盖率', '知晓率', '公开率', '办结率', '结案率',
  '满意率', '满意度', '参与率', '合格率', '审查率', '备案率', '纠错率', '化解率', '调处率', '答复率',
  '受理率', '到位率', '配备率', '签约率', '建成率',
];

/** Characters allowed between a bounded-rate word and its value. */
export const RATE_GAP = /^[达为到均保持稳定在了分别约近超过]{0,6}$/u;

/** A value at least this many times last year's (or at most its inverse) is flagged. */
export const YEAR_JUMP_FACTOR = 10;
