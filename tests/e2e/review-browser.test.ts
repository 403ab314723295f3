import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, makeTmp, queryDb, runCli } from './run-cli.js';

/**
 * The review page in a real browser (Debian's chromium through playwright-core). CI installs
 * chromium (.ci/run); without it this suite is skipped and says why.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`review-browser: skipped, no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

type Browser = import('playwright-core').Browser;

describe.skipIf(!haveChromium)('review page in chromium', () => {
  const tmp = makeTmp();
  const db = join(tmp.dir, 'r.db');
  const page = join(tmp.dir, 'review.html');
  let browser: Browser;

  beforeAll(async () => {
    const ingest = await runCli(['ingest', join(FIXTURES, 'review'), join(FIXTURES, 'basic'), join(FIXTURES, 'consistency'), '--db', db, '--no-progress']);
    expect(ingest.code).toBe(0);
    const review = await runCli(['review', '--db', db, '--out', page]);
    expect(review.code).toBe(0);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    tmp.cleanup();
  });

  async function open(width: number) {
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    p.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    p.on('pageerror', (err) => errors.push(err.message));
    await p.goto(`file://${page}`);
    return { p, requests, errors };
  }

  it('shows every stored value inside its sentence, the number marked, with file:line', async () => {
    const { p, requests, errors } = await open(1400);
    const items = await p.$$eval('li.v', (lis) => lis.map((li) => ({
      id: li.id, mark: li.querySelector('mark')?.textContent ?? '', quote: li.querySelector('blockquote')?.textContent ?? '',
      where: li.querySelector('.where')?.textContent ?? '',
    })));
    const stored = await queryDb<{ text: string; file: string; line: number; col: number }>(db,
      'SELECT q.text, r.file, o.line, o.col FROM observations o JOIN quantities q ON q.report_id = o.report_id AND q.idx = o.quantity_idx JOIN reports r ON r.id = o.report_id ORDER BY r.file, o.start_offset, o.idx');
    expect(items).toHaveLength(stored.length);
    expect(stored.length).toBeGreaterThan(10);
    for (const [i, s] of stored.entries()) {
      expect(items[i]!.mark).toBe(s.text.replace(/\s+/g, ' '));
      expect(items[i]!.quote).toContain(items[i]!.mark);
      expect(items[i]!.where).toContain(`${s.file}:${s.line}:${s.col}`);
    }
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await p.close();
  });

  it('escapes report text: markup in a report is shown, never run', async () => {
    const { p } = await open(1400);
    expect(await p.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await p.locator('blockquote', { hasText: '<script>window.__injected=1</script>法律&进社区' }).count()).toBeGreaterThan(0);
    expect(readFileSync(page, 'utf8')).not.toContain('<script>window.__injected');
    await p.close();
  });

  it('a table cell links to its value, which is then on screen', async () => {
    const { p } = await open(1400);
    const cell = p.locator('tr.r', { hasText: 'baisha-2024.txt' }).locator('td[data-col="publicity.events"] a');
    expect(await cell.textContent()).toBe('12');
    await cell.click();
    const id = decodeURIComponent(new URL(p.url()).hash.slice(1));
    const target = p.locator(`li[id="${id}"]`);
    await expect.poll(() => target.isVisible()).toBe(true);
    expect(await target.locator('mark').textContent()).toBe('12场');
    expect(await target.locator('.where').textContent()).toContain('普法宣传');
    await p.close();
  });

  it('findings come first, and the filters narrow table, values and findings', async () => {
    const { p } = await open(1400);
    const order = await p.$$eval('main > section', (s) => s.map((x) => x.id));
    expect(order).toEqual(['audit', 'table', 'values']);
    expect(await p.locator('tr.f code', { hasText: 'rate-over-100' }).count()).toBeGreaterThan(0);
    const visibleRows = () => p.$$eval('tr.r', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).length);
    expect(await visibleRows()).toBe(4);
    await p.check('#f-flag');
    expect(await visibleRows()).toBe(3); // two reports with placeholders, one inconsistent; not the clean one
    await p.uncheck('#f-flag');
    await p.selectOption('#f-year', '2024');
    expect(await visibleRows()).toBe(2);
    await p.selectOption('#f-year', '');
    await p.selectOption('#f-ind', 'disputes.success_rate');
    const headers = await p.$$eval('th.ind', (ths) => ths.filter((t) => !(t as HTMLElement).hidden).map((t) => t.getAttribute('data-col')));
    expect(headers).toEqual(['disputes.success_rate']);
    const values = await p.$$eval('li.v', (lis) => lis.filter((l) => !(l as HTMLElement).hidden).map((l) => l.getAttribute('data-ind')));
    expect(new Set(values)).toEqual(new Set(['disputes.success_rate']));
    await p.close();
  });

  it('reads on a phone: nothing wider than the screen except the scrolling table', async () => {
    const { p } = await open(390);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    const card = await p.locator('li.v').first().boundingBox();
    expect(card!.width).toBeGreaterThan(300);
    expect(card!.width).toBeLessThanOrEqual(390);
    await p.close();
  });
});
