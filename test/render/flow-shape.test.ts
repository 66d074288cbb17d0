/**
 * The flow shape (src/render/flow-shape.ts): what of a template the work shared across templates reads,
 * and the renderer's use of it: templates with one shape share what it makes in a region and locale
 * (facts, statements, clause body), and each still gets its own heading and footer.
 */
import { describe, expect, it } from 'vitest';
import { flowShape } from '../../src/render/flow-shape.js';
import { Renderer } from '../../src/render/renderer.js';
import type { Template } from '../../src/model/types.js';
import { examples } from '../helpers/examples.js';

const base = (): Template => examples().templates.find((t) => t.id === 'order_shipped')!;
/** The same flows in another template: its own id, file, body, clause number and title, positions. */
const sibling = (t: Template, id: string, number: string): Template => ({
  ...t,
  id,
  file: `${id}.yaml`,
  body: `${t.body} (${id})`,
  clause: { ...t.clause, number, title: `Title of ${id}` },
  flows: t.flows.map((f) => ({ ...f, pos: { file: `${id}.yaml`, line: (f.pos?.line ?? 1) + 3, column: 1 }, recipients: f.recipients.map((r) => ({ ...r })) })),
  positions: {},
});

describe('flowShape', () => {
  it('is the same for templates that differ only in what names them', () => {
    const t = base();
    expect(flowShape(sibling(t, 'a', '1.1')).key).toBe(flowShape(t).key);
    expect(flowShape({ ...t, category: 'marketing' }).key).toBe(flowShape(t).key);
  });

  it('differs where anything the shared work reads differs', () => {
    const t = base();
    const key = flowShape(t).key;
    expect(flowShape({ ...t, channel: 'sms' }).key).not.toBe(key);
    expect(flowShape({ ...t, language: 'de' }).key).not.toBe(key);
    expect(flowShape({ ...t, frequency: { count: 1, per: 'week' } }).key).not.toBe(key);
    expect(flowShape({ ...t, consent: { ...(t.consent ?? {}), setting: { en: 'Settings > Messages' } } as Template['consent'] }).key).not.toBe(key);
    expect(flowShape({ ...t, flows: t.flows.map((f, i) => (i === 0 ? { ...f, data: [...f.data].reverse() } : f)) }).key).not.toBe(key);
  });

  it('is made once per template, and again when a field is replaced', () => {
    const t = { ...base() };
    const shape = flowShape(t);
    expect(flowShape(t)).toBe(shape);
    t.frequency = { count: 2, per: 'month' };
    expect(flowShape(t)).not.toBe(shape);
  });
});

describe('Renderer: templates with one flow shape', () => {
  it('share what the shape makes, with their own heading, and render as a renderer that shares nothing', () => {
    const { catalog, org } = examples();
    const region = catalog.region('eu');
    const t = base();
    const renderer = new Renderer(catalog);
    const [a, b, c] = [sibling(t, 'a', '1.1'), sibling(t, 'b', '2.2'), sibling(t, 'c', '3.3')].map((x) => renderer.render(x, region, 'en', org));
    // Kept from the shape's second template on: the third takes the second's.
    expect(c!.facts).toBe(b!.facts);
    expect(c!.clause.body).toBe(a!.clause.body);
    expect(c!.clause.text.split('\n')[0]).toContain('3.3');
    expect(c!.clause.title).toBe('Title of c');
    expect(c!.template).toBe('c');
    const alone = new Renderer(catalog).render(sibling(t, 'c', '3.3'), region, 'en', org);
    expect(JSON.stringify(c)).toBe(JSON.stringify(alone));
  });
});
