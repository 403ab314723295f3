import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quantitiesOf } from './helpers.js';

/**
 * Generic fixture runner: tests/fixtures/quantities/<case>/input.txt → expected.json.
 * UPDATE_FIXTURES=1 rewrites expected.json; an expected.json with a "todo" string marks a known failure.
 */
const root = 'tests/fixtures/quantities';
const update = process.env['UPDATE_FIXTURES'] === '1';

interface Expected {
  todo?: string;
  quantities: unknown[];
}

function actual(input: string): unknown[] {
  return quantitiesOf(input, 'input.txt').map((q) => ({
    line: q.span.line,
    text: q.text,
    value: q.value,
    high: q.high,
    unit: q.unit,
    qualifier: q.qualifier,
    placeholder: q.placeholder,
    change: q.change,
  }));
}

describe('quantity fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const input = readFileSync(join(dir, 'input.txt'), 'utf8');
    const file = join(dir, 'expected.json');
    const got = actual(input);
    if (update || !existsSync(file)) writeFileSync(file, JSON.stringify({ quantities: got }, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Expected;
    if (expected.todo) it.todo(`${name}: ${expected.todo}`);
    else it(name, () => expect(got).toEqual(expected.quantities));
  }
});
