import { describe, expect, it } from 'vitest';
import { isDiscloseError } from '../../src/errors.js';
import { parsePolicy } from '../../src/policy/document.js';
import { planSync } from '../../src/policy/plan-sync.js';
import { increment } from '../../src/policy/clause-numbers.js';

const HEAD = '<!-- disclose:policy region=eu locale=en -->\n';
const wanted = (...ids: string[]) => ids.map((id) => ({ id }));
const block = (id: string) => `<!-- disclose:clause id=${id} -->\n<!-- /disclose:clause -->\n`;

function plan(text: string, ids: string[], heading?: string, file = 'p.md') {
  return planSync(parsePolicy(text, file), wanted(...ids), heading === undefined ? {} : { heading });
}

describe('planSync: numbers of existing blocks', () => {
  it('reads the number of the heading a block sits under', () => {
    const p = plan(`${HEAD}# Policy\n## 5 Use\n### 5.2 Delivery\n${block('delivery')}### 5.9 Payments\n${block('payments')}`, ['delivery', 'payments']);
    expect(p.numbers).toEqual(new Map([['delivery', '5.2'], ['payments', '5.9']]));
    expect(p.missing).toEqual([]);
  });
  it('gives no number under an unnumbered heading', () => {
    expect(plan(`${HEAD}## Delivery\n${block('delivery')}`, ['delivery']).numbers.get('delivery')).toBeUndefined();
  });
  it('reads HTML headings', () => {
    expect(plan(`${HEAD}<h2>4.1. Delivery</h2>\n${block('delivery')}`, ['delivery'], undefined, 'p.html').numbers.get('delivery')).toBe('4.1');
  });
  it('rejects a block whose id no template has, with its line and column', () => {
    try {
      plan(`${HEAD}## 1 A\n  ${block('nope')}`, ['delivery']);
      expect.unreachable();
    } catch (e) {
      expect(isDiscloseError(e) && e.code).toBe('E_POLICY_MARKER');
      expect(isDiscloseError(e) && [e.line, e.column]).toEqual([3, 3]);
    }
  });
});

describe('planSync: where a missing clause goes', () => {
  const doc = `${HEAD}# Policy\n\n## 5 How we use your data\n\n### 5.1 Delivery\n${block('delivery')}\n### 5.3 Payments\n${block('payments')}\n## 6 Contact\n\nWrite to us.\n`;
  it('appends at the end of the document with the next number after the last heading', () => {
    const p = plan(doc, ['delivery', 'payments', 'support', 'marketing']);
    expect(p.missing.map((m) => [m.id, m.number, m.level, m.offset])).toEqual([
      ['support', '7', 2, doc.length],
      ['marketing', '8', 2, doc.length],
    ]);
  });
  it('appends at the end of the section under --heading, with the next free number', () => {
    const p = plan(doc, ['delivery', 'payments', 'support'], 'How we use your data');
    expect(p.missing).toEqual([{ id: 'support', number: '5.4', level: 3, offset: doc.indexOf('## 6 Contact'), indent: '' }]);
    expect(plan(doc, ['delivery', 'payments', 'support'], '5').missing[0]!.number).toBe('5.4');
    expect(plan(doc, ['delivery', 'payments', 'support'], '5 how WE use your data').missing[0]!.number).toBe('5.4');
  });
  it('numbers the first sub-clause of a heading that has none .1', () => {
    const p = plan(doc, ['delivery', 'payments', 'support'], 'Contact');
    expect(p.missing[0]).toMatchObject({ number: '6.1', level: 3, offset: doc.length });
  });
  it('treats numbered sub-clauses written at the parent level as part of its section', () => {
    const flat = `${HEAD}## 5 Use\n\n## 5.1 Delivery\n${block('delivery')}\n## 6 Contact\n`;
    expect(plan(flat, ['delivery', 'support'], '5 Use').missing[0]).toMatchObject({ number: '5.2', level: 2, offset: flat.indexOf('## 6 Contact') });
  });
  it('skips numbers already used elsewhere', () => {
    const used = `${HEAD}## 1 A\n## 3 C\n## 2 B\n`;
    expect(plan(used, ['x', 'y']).missing.map((m) => m.number)).toEqual(['4', '5']);
  });
  it('uses the template number when the document numbers nothing', () => {
    const p = planSync(parsePolicy(`${HEAD}# Policy\n\nText.\n`, 'p.md'), [{ id: 'delivery', number: '5.2' }, { id: 'other' }]);
    expect(p.missing.map((m) => [m.number, m.level])).toEqual([['5.2', 2], [undefined, 2]]);
  });
  it('inserts before </body> in HTML, indented like the last heading', () => {
    const html = `<!DOCTYPE html>\n<html>\n<body>\n${HEAD}  <h2>1 Delivery</h2>\n  ${block('delivery')}</body>\n</html>\n`;
    const p = plan(html, ['delivery', 'support'], undefined, 'p.html');
    expect(p.missing[0]).toMatchObject({ number: '2', level: 2, offset: html.indexOf('</body>'), indent: '  ' });
  });
  it('reports an unknown or ambiguous heading as a usage error', () => {
    expect(() => plan(doc, ['delivery', 'payments', 'x'], 'Nothing like it')).toThrow(/no heading "Nothing like it"/);
    expect(() => plan(`${HEAD}## A\n## A\n`, ['x'], 'A')).toThrow(/2 headings match/);
  });
  it('increments the last part of a number', () => {
    expect(increment('5.9')).toBe('5.10');
    expect(increment('7')).toBe('8');
  });
});
