import { describe, expect, it } from 'vitest';
import { lineTooLong } from '../../../src/pipeline/line-limit.js';

describe('lineTooLong', () => {
  it('accepts lines up to the limit and names the first longer one', () => {
    expect(lineTooLong('短行\n'.repeat(50), 10)).toBeNull();
    expect(lineTooLong(`${'字'.repeat(10)}\n${'字'.repeat(10)}`, 10)).toBeNull();
    expect(lineTooLong(`短行\n${'字'.repeat(11)}\n${'字'.repeat(30)}`, 10)).toBe(
      'line 2 has 11 characters; lines over 10 are refused (a conversion that lost its line breaks?)',
    );
    expect(lineTooLong('字'.repeat(12), 10)).toMatch(/^line 1 has 12 characters/);
  });
});
