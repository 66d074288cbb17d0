/**
 * Issue 20, what a reviewer sees, in headless Chromium (test/helpers/chromium.ts): a pack with a
 * signed-off, an invalidated and a pending cell. The matrix marks each, the review section counts
 * them and lists the cell to review again with its diff; the detail pages say who signed off what
 * and when; the flows are a table in the reader's words and an inert SVG diagram (a file of the
 * pack since format 6, shown with <img>) that the browser loads and lays out (it has a size and its
 * labels are text).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { parseCsv } from '../../src/export/read-csv.js';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.js';
import { cli } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';
import { inertSvgProblems } from '../helpers/inert-svg.js';
import { copyExamples } from '../helpers/tree.js';

const REGIONS = ['--regions', 'eu,sg'];

/** Signs off two cells in the pack's summary.csv, as a reviewer does in a spreadsheet. */
function signOff(csvFile: string, cells: Array<[string, string]>): void {
  const records = parseCsv(readFileSync(csvFile, 'utf8'), csvFile);
  const header = records[0]!.values;
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = records.slice(1).map((r) => r.values);
  for (const v of rows) {
    if (cells.some(([t, reg]) => v[0] === t && v[1] === reg)) {
      v[header.indexOf('reviewer')] = 'Dana Legal';
      v[header.indexOf('signed_off')] = '2026-12-06';
    }
  }
  writeFileSync(csvFile, `\ufeff${[header, ...rows].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`);
}

describe('the review pack as a reviewer sees it', () => {
  it('shows signed-off, invalidated and pending cells, and the flows as a table and an inert diagram', async () => {
    const dir = copyExamples();
    expect((await cli(['export', 'templates', '--out', 'pack1', ...REGIONS, '--quiet'], dir)).code).toBeLessThan(2);
    signOff(path.join(dir, 'pack1', 'summary.csv'), [
      ['order_shipped', 'eu'],
      ['payment_receipt', 'eu'],
    ]);
    const file = path.join(dir, 'templates', 'order_shipped.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('retention: { value: 180, unit: day, from: delivery }', 'retention: { value: 90, unit: day, from: delivery }'));
    const r = await cli(['export', 'templates', '--out', 'pack2', '--since', 'pack1', ...REGIONS], dir);
    expect(r.code, r.err).toBeLessThan(2);

    const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(pathToFileURL(path.join(dir, 'pack2', 'index.html')).href);
      const cell = (template: string, n: number) => page.locator('#matrix tbody tr', { hasText: template }).locator('td.cell').nth(n);
      // Columns: eu, sg (each in its default locale).
      expect(await cell('payment_receipt', 0).getAttribute('data-review')).toBe('signed-off');
      expect(await cell('payment_receipt', 0).innerText()).toContain('signed off');
      expect(await cell('order_shipped', 0).getAttribute('data-review')).toBe('needs-re-review');
      expect(await cell('order_shipped', 0).innerText()).toContain('re-review');
      expect(await cell('order_shipped', 1).getAttribute('data-review')).toBe('pending');
      expect(await page.locator('td.cell[data-review="signed-off"]').count()).toBe(1);
      expect(await page.locator('td.cell[data-review="needs-re-review"]').count()).toBe(1);
      const counts = await page.locator('#review-counts').innerText();
      const total = await page.locator('#matrix tbody td.cell').count();
      expect(counts).toBe(`Cells: 1 signed off 1 needs re-review ${total - 2} pending`);
      const reReview = page.locator('#re-review li');
      expect(await reReview.count()).toBe(1);
      expect(await reReview.innerText()).toMatch(/order_shipped · eu · en: signed off by Dana Legal on 2026-12-06; changed: clause/);
      expect(await reReview.locator('del').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/180 days/)]));
      expect(await reReview.locator('ins').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/90 days/)]));
      const out = path.join(ROOT, 'test', 'output');
      mkdirSync(out, { recursive: true });
      await page.screenshot({ path: path.join(out, 'review-index.png'), fullPage: true });

      // The invalidated cell's section says who signed what off, when, and what changed since.
      await cell('order_shipped', 0).locator('a').click();
      await page.waitForLoadState('load');
      const section = page.locator(`section.locale[id="${page.url().split('#')[1]}"]`);
      expect(await section.locator('.review').getAttribute('data-review')).toBe('needs-re-review');
      expect(await section.locator('.review').innerText()).toMatch(/^Needs re-review: signed off by Dana Legal on 2026-12-06, then the clause changed\./);
      expect(await section.locator('.review ins').count()).toBeGreaterThan(0);
      const sg = page.locator('section.locale[id="sg--en"]');
      expect(await sg.locator('.review').innerText()).toBe('Review: pending (not signed off)');

      // The flows: on their own page (pack format 7, one for every template with the same flows), linked
      // from the template's page: a table in the reader's words, then the diagram.
      expect(await page.locator('table.flows').count()).toBe(0);
      await page.locator('p.flows-link a').click();
      await page.waitForLoadState('load');
      expect(page.url()).toMatch(/\/flows\/[0-9a-f]{16}\.html$/);
      const table = page.locator('table.flows');
      expect(await table.locator('thead th').allInnerTexts()).toEqual(['flow', 'data', 'recipients (type, country)', 'purpose', 'legal basis, by region', 'retention', 'storage', 'transfer mechanism, by region']);
      const delivery = table.locator('tbody tr', { hasText: 'delivery' }).first();
      const text = await delivery.innerText();
      for (const words of ['phone number', 'SwiftShip Logistics', 'courier', 'United States (US)', 'order delivery', 'eu: performance of a contract with you (Art. 6(1)(b) GDPR)', '90 days from delivery of the order', 'Germany (DE)', 'eu: SwiftShip Logistics: the standard contractual clauses']) expect(text).toContain(words);
      expect(await page.locator('pre').filter({ hasText: '"legalBasis"' }).count()).toBe(0);
      // Pack format 6: the diagram is a file of the pack shared by content (diagrams/<hash>.svg), shown with <img>.
      const img = page.locator('figure.diagram img.flow-diagram');
      expect(await img.count()).toBe(1);
      const src = (await img.getAttribute('src'))!;
      expect(src).toMatch(/^\.\.\/diagrams\/[0-9a-f]{16}\.svg$/);
      // The browser loaded and laid it out from file:// (an image that fails to load has no natural size).
      expect(await page.evaluate(`document.querySelector('figure.diagram img').naturalWidth`)).toBeGreaterThan(400);
      const box = await img.boundingBox();
      expect(box!.width).toBeGreaterThan(400);
      expect(box!.height).toBeGreaterThan(100);
      await page.locator('figure.diagram').screenshot({ path: path.join(out, 'review-flows.png') });
      const pageUrl = page.url();
      // The SVG file itself: inert, and its labels are text.
      await page.goto(new URL(src, pageUrl).href);
      expect(await page.locator('svg').count()).toBe(1);
      expect(await inertSvgProblems(page)).toEqual([]);
      const labels = await page.locator('text').allTextContents();
      for (const l of ['Data', 'Recipients', 'Countries', 'phone number', 'SwiftShip Logistics (courier)', 'United States (US)', 'Germany (DE)']) expect(labels).toContain(l);

      // The signed-off cell's page names the reviewer and the date.
      await page.goto(pathToFileURL(path.join(dir, 'pack2', 'pages', 'payment_receipt.html')).href + '#eu--en');
      expect(await page.locator('section.locale[id="eu--en"] .review').innerText()).toBe('Signed off by Dana Legal on 2026-12-06');
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
