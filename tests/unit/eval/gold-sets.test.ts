/** src/eval/gold-sets: which set a gold file belongs to, and where the shared folder is. */
import { describe, expect, it } from 'vitest';
import { catalogIds, findShared, locate, parseSet } from '../../../src/eval/gold-sets.js';

describe('parseSet', () => {
  it('NAME=DIR,DIR resolves each dir against the shared folder', () => {
    expect(parseSet('dev=seeds,corpus-dev', '/s')).toEqual({ name: 'dev', dirs: ['/s/seeds', '/s/corpus-dev'] });
  });
  it('a bare dir names its own set; absolute dirs stay', () => {
    expect(parseSet('/x/y', '/s')).toEqual({ name: '/x/y', dirs: ['/x/y'] });
    expect(parseSet('a=/abs', '/s')).toEqual({ name: 'a', dirs: ['/abs'] });
  });
  it('an empty name or no dirs is an error', () => {
    expect(() => parseSet('=x', '/s')).toThrow(/bad --set/);
    expect(() => parseSet('x=', '/s')).toThrow(/bad --set/);
  });
});

describe('locate', () => {
  const sets = [parseSet('dev=seeds,corpus-dev', '/s'), parseSet('dev2=corpus-dev2', '/s')];
  const files = new Set(['/s/corpus-dev/a.txt', '/s/corpus-dev2/b.txt', '/s/seeds/c.txt', '/s/corpus-dev2/c.txt']);
  const exists = (p: string) => files.has(p);
  it('finds the set whose folder holds the file; the first set wins a tie', () => {
    expect(locate('a.txt', sets, exists)).toEqual({ set: 'dev', path: '/s/corpus-dev/a.txt' });
    expect(locate('b.txt', sets, exists)).toEqual({ set: 'dev2', path: '/s/corpus-dev2/b.txt' });
    expect(locate('c.txt', sets, exists)).toEqual({ set: 'dev', path: '/s/seeds/c.txt' });
    expect(locate('z.txt', sets, exists)).toBeUndefined();
  });
});

describe('findShared', () => {
  it('walks up from a worktree to the nearest shared/gold', () => {
    const exists = (p: string) => p === '/work/shared/gold';
    expect(findShared('/work/wt/i11', exists)).toBe('/work/shared');
    expect(findShared('/work/main', exists)).toBe('/work/shared');
    expect(findShared('/elsewhere', exists)).toBeUndefined();
  });
});

describe('catalogIds', () => {
  it('reads the ids of the table, nothing from the prose', () => {
    const md = '# Catalog\nUse ids like `x.y` in prose.\n\n| id | name |\n|---|---|\n| `reconsideration.received` | 受理 |\n| `grid.staff` | 网格员 |\n';
    expect([...catalogIds(md)]).toEqual(['reconsideration.received', 'grid.staff']);
  });
});
