/** parseYamlText: a zod issue or a YAML syntax error becomes a RuleFileError with file, line, field. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlText } from '../../../src/rules/load-yaml.js';
import { RuleFileError } from '../../../src/core/errors.js';
import { RuleFileSchema } from '../../../src/rules/schema.js';

const Schema = z.object({
  name: z.string(),
  items: z.array(z.object({ id: z.string().regex(/^[a-z]+$/, 'lower-case id'), count: z.number().int() }).strict()),
});

function errorOf(text: string, schema: z.ZodType = Schema): RuleFileError {
  try {
    parseYamlText('t.yaml', text, schema);
  } catch (err) {
    if (err instanceof RuleFileError) return err;
    throw err;
  }
  throw new Error('expected a RuleFileError');
}

describe('parseYamlText', () => {
  it('returns the parsed, validated data', () => {
    expect(parseYamlText('t.yaml', 'name: a\nitems:\n  - { id: x, count: 2 }\n', Schema)).toEqual({ name: 'a', items: [{ id: 'x', count: 2 }] });
  });

  it.each([
    ['a wrong value on its own line', 'name: a\nitems:\n  - id: x\n    count: 2\n  - id: Y\n    count: 3\n', 5, 'items.1.id', 'lower-case id'],
    ['a wrong type', 'name: a\nitems:\n  - id: x\n    count: many\n', 4, 'items.0.count', 'expected number'],
    ['a missing key: the line of its parent', 'name: a\nitems:\n  - id: x\n  - id: y\n    count: 1\n', 3, 'items.0.count', 'expected number'],
    ['a missing top-level key: the document', '# comment\n\nitems: []\n', 3, 'name', 'expected string'],
    ['an unknown key in a strict object', 'name: a\nitems:\n  - id: x\n    count: 1\n    extra: true\n', 3, 'items.0', 'Unrecognized key'],
  ])('%s', (_label, text, line, field, reason) => {
    const e = errorOf(text);
    expect(e.file).toBe('t.yaml');
    expect(e.line).toBe(line);
    expect(e.field).toBe(field);
    expect(e.reason).toContain(reason);
    expect(e.message).toBe(`t.yaml:${line}: ${field}: ${e.reason}`);
    expect(e.exitCode).toBe(2);
  });

  it('a rule file: the line of a bad rule id in the third indicator', () => {
    const text = [
      'group: demo',
      'indicators:',
      ...['a', 'b', 'c'].flatMap((x) => [
        `  - id: demo.${x}`,
        `    name: 指标${x}`,
        '    units: [件]',
        '    rules:',
        `      - id: ${x === 'c' ? 'Demo.C' : `demo.${x}.r`}`,
        "        match: '#Demo [<num>#Value] [<unit>#Unit]'",
      ]),
    ].join('\n');
    const e = errorOf(text, RuleFileSchema);
    expect(e.field).toBe('indicators.2.rules.0.id');
    expect(e.line).toBe(3 + 2 * 6 + 4);
  });

  it('a YAML syntax error is a RuleFileError naming the file', () => {
    const e = errorOf('name: a\n\titems: []\n');
    expect(e.reason).toMatch(/^YAML syntax: /);
    expect(e.field).toBeNull();
  });

  it.each([
    ['a tab used as indentation', 'name: a\n\titems: []\n', 2],
    ['a duplicate key', 'name: a\nitems: []\nname: b\n', 3],
    ['a bad indentation of a sequence item', 'name: a\nitems:\n  - id: x\n - id: y\n', 4],
  ])('a YAML syntax error names its line: %s', (_label, text, line) => {
    expect(errorOf(text).line).toBe(line);
  });
});
