/**
 * Opens the review pack in headless Chromium (the packaged build from test/helpers/chromium.ts, driven by playwright-core):
 * the matrix shows every cell, a cell's link opens its detail page, and a screenshot is saved
 * (test/output/; with DISCLOSE_UPDATE_SCREENSHOTS=1 also docs/images/ for the README).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.js';
import { cli } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';
import { copyExamples } from '../helpers/tree.js';


describe('review pack in a browser', () => {
  it('shows every matrix cell and opens a detail page from a cell', async () => {
    const dir = copyExamples();
    const r = await cli(['export', 'templates', '--out', 'pack', '--all-regions', '--quiet'], dir);
    expect(r.code).toBe(0);
    const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(pathToFileURL(path.join(dir, 'pack', 'index.html')).href);
      const columns = await page.locator('#matrix thead tr:nth-child(2) th').count();
      const rows = await page.locator('#matrix tbody tr').count();
      expect(rows).toBe(7); // one per example template (service_hours_notice added by issue 16)
      expect(columns).toBe(10);
      expect(await page.locator('#matrix tbody td.cell').count()).toBe(rows * columns);
      expect(await page.locator('#matrix tbody td.cell a').count()).toBe(rows * columns);
      const out = path.join(ROOT, 'test', 'output');
      mkdirSync(out, { recursive: true });
      await page.screenshot({ path: path.join(out, 'export-index.png'), fullPage: true });
      if (process.env['DISCLOSE_UPDATE_SCREENSHOTS'] === '1') copyFileSync(path.join(out, 'export-index.png'), path.join(ROOT, 'docs', 'images', 'export-index.png'));
      const link = page.locator('#matrix tbody tr', { hasText: 'order_shipped' }).locator('td.cell a').first();
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^pages\/order_shipped\.html#[a-z-]+--[a-zA-Z-]+$/);
      await link.click();
      await page.waitForLoadState('load');
      expect(page.url()).toContain('/pages/order_shipped.html#');
      await expect(page.locator('h1').textContent()).resolves.toBe('order_shipped');
      // The cell's section: that region and locale's footer and clause, with its findings.
      const section = page.locator(`section.locale[id="${href!.split('#')[1]}"]`);
      expect(await section.count()).toBe(1);
      expect(await section.locator('.clause').textContent()).toMatch(/5\.2/);
      expect(await section.locator('.footer').textContent()).toMatch(/§\s?5\.2/);
      expect(await page.locator('section.locale').count()).toBe(columns);
    } finally {
      await browser.close();
    }
  });
});
