import { describe, expect, it } from 'vitest';
import { planIdentities, type KnownReport } from '../../../src/ingest/identity-plan.js';
import { displayKey, widenKey } from '../../../src/ingest/identity.js';

const file = (key: string, realPath: string, sha256: string) => ({ key, realPath, sha256 });
const stored = (id: number, f: string, absPath: string | null, sha256: string): KnownReport => ({ id, file: f, absPath, sha256 });
const always = () => true;

describe('planIdentities', () => {
  it('stores new files under their keys; the same content twice in a run is a duplicate of the first', () => {
    expect(planIdentities([file('a/x.txt', '/a/x.txt', 'h1'), file('a/y.txt', '/a/y.txt', 'h1')], [], always)).toEqual([
      { kind: 'store', key: 'a/x.txt', replaces: null },
      { kind: 'duplicate', of: 'a/x.txt' },
    ]);
  });

  it('a file already stored is its own report, under its stored key, whatever key it has now', () => {
    const old = stored(7, '2023/report.txt', '/data/a/2023/report.txt', 'old');
    expect(planIdentities([file('report.txt', '/data/a/2023/report.txt', 'new')], [old], always)).toEqual([
      { kind: 'store', key: '2023/report.txt', replaces: old },
    ]);
  });

  it('another file with the same short key gets a wider key and never replaces the first', () => {
    const a = stored(1, '2023/report.txt', '/data/a/2023/report.txt', 'ha');
    const [d] = planIdentities([file('2023/report.txt', '/data/b/2023/report.txt', 'hb')], [a], always);
    expect(d).toEqual({ kind: 'store', key: 'b/2023/report.txt', replaces: null });
  });

  it('the same content as a stored report of another existing file is a duplicate; of a vanished file, a move', () => {
    const a = stored(1, 'a/x.txt', '/a/x.txt', 'h');
    expect(planIdentities([file('b/x.txt', '/b/x.txt', 'h')], [a], always)).toEqual([{ kind: 'duplicate', of: 'a/x.txt' }]);
    expect(planIdentities([file('b/x.txt', '/b/x.txt', 'h')], [a], () => false)).toEqual([
      { kind: 'store', key: 'b/x.txt', replaces: a },
    ]);
  });

  it('adopts a report stored before paths were recorded, by key or by content, once', () => {
    const legacy = stored(3, 'corpus/x.txt', null, 'h');
    const [byKey, other] = planIdentities(
      [file('corpus/x.txt', '/w/corpus/x.txt', 'changed'), file('corpus/y.txt', '/w/corpus/y.txt', 'h')],
      [legacy],
      always,
    );
    expect(byKey).toEqual({ kind: 'store', key: 'corpus/x.txt', replaces: legacy });
    expect(other).toEqual({ kind: 'store', key: 'corpus/y.txt', replaces: null });
  });
});

describe('display keys', () => {
  it('are relative to a declared root, else to the folder given, else the basename', () => {
    expect(displayKey('/w/reports/2023/x.docx', '/w', '/w/reports/2023')).toBe('reports/2023/x.docx');
    expect(displayKey('/w/reports/2023/x.docx', null, '/w/reports/2023')).toBe('2023/x.docx');
    expect(displayKey('/elsewhere/x.docx', '/w', null)).toBe('x.docx');
  });

  it('widen by path components until free, finally the absolute path', () => {
    const taken = new Set(['x.txt', 'a/x.txt']);
    expect(widenKey('x.txt', '/d/a/x.txt', (k) => taken.has(k))).toBe('d/a/x.txt');
    expect(widenKey('y.txt', '/d/a/y.txt', (k) => taken.has(k))).toBe('y.txt');
    expect(widenKey('x.txt', '/a/x.txt', (k) => taken.has(k) || k === 'a/x.txt')).toBe('/a/x.txt');
  });
});
