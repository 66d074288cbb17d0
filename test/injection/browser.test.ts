/**
 * Issue 8, injection, as a browser sees it: the hostile review pack's pages and an HTML policy
 * open in headless Chromium without running anything (no dialog, no script or image element, no
 * script link), and show every payload as text.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.js';
import { inertSvgProblems } from '../helpers/inert-svg.js';
import { cli } from '../helpers/cli.js';
import { ALL, PAYLOADS, field, hostileProject, shown } from './hostile.js';


/** The diagrams (diagrams/<hash>.svg) the pages opened so far show. */
const diagrams = new Set<string>();

async function inert(page: Page, file: string): Promise<string> {
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  // The one image a page may show is its flows diagram (pack format 6), a file of the pack: opened and checked below.
  expect(await page.locator('script, img:not(figure.diagram > img.flow-diagram), iframe, object, embed, [onerror], [onload]').count(), file).toBe(0);
  for (const src of await page.locator('figure.diagram > img.flow-diagram').evaluateAll((els) => els.map((e) => e.getAttribute('src') ?? ''))) {
    expect(src, file).toMatch(/^\.\.\/diagrams\/[0-9a-f]{16}\.svg$/);
    diagrams.add(new URL(src, page.url()).href);
  }
  expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count(), file).toBe(0);
  // An SVG a page holds is inert: only drawing elements, no script or foreignObject, no event
  // attributes, no links or references to anything outside (the diagrams, files since pack format 6, are checked the same way).
  expect(await inertSvgProblems(page), file).toEqual([]);
  return page.locator('body').innerText();
}

describe('the hostile pack and policy in a browser', () => {
  it('run nothing and show the payloads as text', async () => {
    const dir = hostileProject();
    expect((await cli(['export', 'templates', '--out', 'pack', '--regions', 'eu', '--format', 'html', '--quiet'], dir)).code).toBe(1);
    expect((await cli(['init-policy', '--region', 'eu', '--templates', 'templates', '--format', 'html', '--out', 'policy.html'], dir)).code).toBe(0);
    const browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
    const dialogs: string[] = [];
    try {
      const page = await browser.newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await inert(page, path.join(dir, 'pack', 'index.html'));
      for (const p of PAYLOADS.filter((x) => ['script', 'attr', 'mdjs'].includes(x.id))) {
        const msg = await inert(page, path.join(dir, 'pack', 'pages', `msg_${p.id}.html`));
        expect(msg, p.id).toContain(field('BODY', p.text));
        if (p.link) continue;
        const mail = await inert(page, path.join(dir, 'pack', 'pages', `mail_${p.id}.html`));
        expect(mail, p.id).toContain(field('RCPT', shown(p.text)));
        // Its flows' page (pack format 7, one for every template with the same flows, linked from the
        // template's page): the recipient's name as text, and the diagram it shows checked below.
        const href = (await page.locator('p.flows-link a').getAttribute('href'))!;
        expect(href, p.id).toMatch(/^\.\.\/flows\/[0-9a-f]{16}\.html$/);
        const flows = await inert(page, path.join(dir, 'pack', 'pages', href));
        expect(flows, p.id).toContain(field('RCPT', shown(p.text)));
      }
      // Each diagram the pages show, opened as a document of its own: an inert drawing, its labels as text.
      expect(diagrams.size).toBeGreaterThan(0);
      for (const url of diagrams) {
        await page.goto(url);
        expect(await page.locator('svg').count(), url).toBe(1);
        expect(await page.locator('script, foreignObject, [onload], [onerror]').count(), url).toBe(0);
        expect(await inertSvgProblems(page), url).toEqual([]);
      }
      const policy = await inert(page, path.join(dir, 'policy.html'));
      expect(policy).toContain(field('RCPT', '<script>alert(1)</script>'));
      expect(policy).toContain(field('TITLE', '"><img src=x onerror=alert(1)>'));
      expect(policy).toContain(field('CTL', shown(ALL)).replace(/\t/g, ' ').slice(0, 120));
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
