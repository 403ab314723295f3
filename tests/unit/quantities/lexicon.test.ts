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
      sharedUnit: { cues: [], separators: [], window: 0 },
      openMeasureWords: { exclude: [], compoundBases: [], compoundSuffixes: [] },
      placeholders: { marks: ['*'], strict: [] },
      exclusions: {
        phrases: [],
        ordinalPrefixes: [],
        ranks: { prefixes: [], units: [] },
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

  it('adds the open class of measure words as count units, minus the exclusions, with compounds', () => {
    const base = parseYamlText('l.yaml', 'units: [{ surface: 件, unit: 件, kind: count }]\nmultipliers: []\nqualifiers: { before: [], afterNumber: [], afterUnit: [], roundPrefix: [] }\nchanges: { increase: [], decrease: [] }\nrangeSeparators: []\npercentPrefixes: []\nopenMeasureWords: { exclude: [点], compoundBases: [天], compoundSuffixes: [人次, 次] }\nplaceholders: { marks: [\'*\'], strict: [] }\nexclusions: { phrases: [], ordinalPrefixes: [], vaguePrefixes: [], numberJoiners: [], quotes: [], quoteMaxLength: 5, indefiniteOne: { countUnits: [], followers: [], marker: 的, window: 0 } }\n', LexiconSchema);
    const lex = compileLexicon(base, { source: 'test', words: ['艘', '点', '件'] });
    expect(lex.unitSurfaces.get('艘')).toMatchObject({ unit: '艘', kind: 'count', open: true, arabicOnly: true });
    expect(lex.unitSurfaces.has('点')).toBe(false);
    expect(lex.unitSurfaces.get('件')).toMatchObject({ open: false });
    expect(lex.unitSurfaces.get('件人次')).toMatchObject({ unit: '件人次', kind: 'person' });
    expect(lex.unitSurfaces.get('天次')).toMatchObject({ unit: '天次', kind: 'count' });
    expect(lex.unitSurfaces.get('艘次')).toMatchObject({ unit: '艘次' });
    expect(lex.unitSurfaces.has('天')).toBe(false);
  });

  it('the bundled open class comes from rules/measure-words.yaml and excludes clock times and ages', () => {
    expect(lexicon.unitSurfaces.get('杆')).toMatchObject({ open: true });
    expect(lexicon.unitSurfaces.get('株')).toMatchObject({ open: true });
    for (const w of ['点', '分', '岁', '下']) expect(lexicon.unitSurfaces.has(w)).toBe(false);
  });
});
