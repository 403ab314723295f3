import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../../src/rules/load-yaml.js';
import { LexiconSchema } from '../../../src/rules/lexicon-schema.js';
import { compileLexicon } from '../../../src/quantities/compile-lexicon.js';
import { lexicon } from './helpers.js';

describe('lexicon', () => {
  it('loads rules/lexicon.yaml with units sorted longest first', () => {
    const surfaces = lexicon.units.map((u) => u.surface);
    expect(surfaces.indexOf('人次')).toBeLessThan(surfaces.indexOf('人'));
    expect(surfaces.indexOf('万元')).toBeLessThan(surfaces.indexOf('元'));
    expect(surfaces.indexOf('场次')).toBeLessThan(surfaces.indexOf('场'));
    expect(lexicon.unitSurfaces.get('万元')).toMatchObject({ unit: '元', scale: 10000, kind: 'money' });
    expect(lexicon.unitSurfaces.has('年')).toBe(false);
  });

  it('reports a bad field with file and line', () => {
    const text = 'units:\n  - { surface: 件, unit: 件, kind: bogus }\n';
    expect(() => parseYamlText('bad.yaml', text, LexiconSchema)).toThrow(/bad\.yaml:2: units\.0\.kind/);
  });

  it('compiles a minimal lexicon', () => {
    const lex = compileLexicon({
      units: [{ surface: '件', unit: '件', kind: 'count' }],
      multipliers: [],
      qualifiers: { before: [], afterNumber: [], afterUnit: [], roundPrefix: [], notBefore: [] },
      changes: { increase: [], decrease: [] },
      rangeSeparators: [],
      percentPrefixes: [],
      placeholders: { marks: ['*'], strict: [] },
      exclusions: {
        phrases: [],
        ordinalPrefixes: [],
        vaguePrefixes: [],
        numberJoiners: [],
        quotes: [],
        quoteMaxLength: 10,
        indefiniteOne: { countUnits: [], followers: [], marker: '的', window: 0 },
      },
    });
    expect(lex.phrasePattern).toBeNull();
    expect(lex.percentUnit.unit).toBe('%');
  });
});
