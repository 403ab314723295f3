/** A named indicator of the catalog, as the rule files declare it (order = catalog order). */
export interface IndicatorDef {
  /** stable id, e.g. `reconsideration.received` */
  readonly id: string;
  /** Chinese name, e.g. 行政复议案件受理数 */
  readonly name: string;
  /** the rule file group it belongs to, e.g. `reconsideration` */
  readonly group: string;
  /** units it is counted in, e.g. ['件', '起'] */
  readonly units: readonly string[];
}
