import { describe, expect, test } from 'vitest';
import { roleOf } from '../../../src/structure/roles.js';

describe('roleOf', () => {
  test.each([
    ['2023年推进法治政府建设的主要举措和成效', 2023, 'results'],
    ['工作开展情况', null, 'results'],
    ['党政主要负责人履行推进法治建设第一责任人职责情况', 2023, 'responsibilities'],
    ['存在的不足和原因', 2023, 'shortcomings'],
    ['存在问题', null, 'shortcomings'],
    ['下一步工作打算', 2023, 'plans'],
    ['2024年推进法治政府建设的工作思路目标举措', 2023, 'plans'],
    ['2024年主要举措', 2023, 'plans'],
    ['2023年主要举措', 2023, 'results'],
    ['解决群众急难愁盼问题', 2023, 'other'],
    ['强化组织领导', 2023, 'other'],
  ] as const)('%s (%s) → %s', (title, year, role) => {
    expect(roleOf(title, year)).toBe(role);
  });
});
