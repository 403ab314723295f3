import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOWNS = ['青山', '白水', '东岭', '南溪', '西坪', '北塘', '石门', '柳湾'];

/** One invented report, its numbers derived from `i` so that every file differs. */
export function inventedReport(i: number): string {
  const town = TOWNS[i % TOWNS.length]!;
  return [
    `${town}镇人民政府关于${2015 + (i % 10)}年法治政府建设情况的报告`,
    '',
    '一、主要工作',
    `全年共受理行政复议案件${10 + (i % 40)}件，办结${8 + (i % 30)}件。`,
    `调解矛盾纠纷${100 + i}起，调解成功率达${90 + (i % 10)}%。`,
    `举办普法宣传活动${20 + (i % 17)}场，发放宣传资料${1000 + i * 3}余份。`,
    '二、存在的问题',
    '基层法治力量仍然薄弱，个别部门执法不够规范。',
    '三、下一步工作计划',
    `计划新建人民调解委员会${1 + (i % 5)}个。`,
    '',
  ].join('\n');
}

/** Writes `count` invented reports into `dir` (created) and returns it. */
export function writeCorpus(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `report-${String(i).padStart(4, '0')}.txt`), inventedReport(i));
  return dir;
}
