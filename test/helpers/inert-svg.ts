/** The check that an inline SVG of the review pack is a drawing and nothing more (test/injection, test/export browser tests). */
import type { Page } from 'playwright-core';

// Runs in the page (a string, as the tests' TypeScript has no DOM types).
const SCRIPT = `(() => {
  const allowed = new Set(['svg', 'g', 'rect', 'path', 'text', 'title']);
  const out = [];
  for (const svg of Array.from(document.querySelectorAll('svg'))) {
    for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
      if (!allowed.has(el.localName)) out.push('element <' + el.localName + '>');
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) out.push('event attribute ' + a.name);
        if (/href$/i.test(a.name) || /url\\(/i.test(a.value)) out.push('reference ' + a.name + '="' + a.value + '"');
      }
    }
  }
  return out;
})()`;

/** What makes an SVG element of the page more than a drawing (empty when every one is inert). */
export async function inertSvgProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(SCRIPT)) as string[];
}
