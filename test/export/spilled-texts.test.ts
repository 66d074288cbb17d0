import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { noteHash, SpilledTexts, TextTable, TEXTS_FILE, type ClauseBody, type StoredBody } from '../../src/export/text-store.js';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'disclose-spill-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const bodies: ClauseBody[] = [
  { locale: 'en', text: 'We share your order number with the courier.\n' },
  { locale: 'zh-CN', text: '我们与快递公司共享您的订单号。\n', unsettled: [{ id: 'transfer', article: 'PIPL 38', note: 'unsettled "quoted" note' }] },
  { locale: 'th', text: 'เราแบ่งปันหมายเลขคำสั่งซื้อของคุณ\n' },
];
const footers = ['Footer one.', 'Fußzeile · zwei', ''];
const findings = [{ ruleId: 'r1', severity: 'error', message: 'm', data: { n: 1, list: [1, 2] } }, { ruleId: 'r2', severity: 'info', message: 'x' }];
// Pack format 7: each distinct set of flows once (raw, table, diagram).
const flowSets = [{ flows: [{ id: 'f1', data: ['user.contact.email'] }] }, { flows: [], table: [], diagram: 'diagrams/0123456789abcdef.svg' }];

describe('SpilledTexts (texts of a pack being built, kept in a scratch file)', () => {
  it('writes texts.json byte for byte as the in-memory table does, and reads each text back', () => {
    const a = fresh();
    const b = fresh();
    const table = new TextTable();
    const spill = new SpilledTexts(path.join(b, '.scratch'));
    const hashes = { bodies: new Set<string>(), footers: new Set<string>(), findings: new Set<string>(), flows: new Set<string>() };
    // Added twice and in another order: each text is kept once.
    for (const round of [0, 1]) {
      for (const x of round ? [...bodies].reverse() : bodies) {
        hashes.bodies.add(table.addBody(x));
        expect(spill.addBody(x)).toBe(table.addBody(x));
      }
      for (const f of footers) hashes.footers.add(spill.addFooter(f) && table.addFooter(f));
      for (const f of findings) hashes.findings.add(spill.addFinding(f) && table.addFinding(f));
      for (const f of flowSets) hashes.flows.add(spill.addFlows(f) && table.addFlows(f));
    }
    // One body not named by any record is left out of texts.json by both.
    const unused = table.addBody({ locale: 'en', text: 'unused\n' });
    spill.addBody({ locale: 'en', text: 'unused\n' });
    table.write(a, hashes);
    spill.write(b, hashes);
    expect(readFileSync(path.join(b, TEXTS_FILE))).toEqual(readFileSync(path.join(a, TEXTS_FILE)));
    expect(readFileSync(path.join(b, TEXTS_FILE), 'utf8')).not.toContain(unused);
    for (const h of hashes.bodies) expect(spill.body(h)).toEqual(table.body(h));
    for (const h of hashes.footers) expect(spill.footer(h)).toBe(table.footer(h));
    for (const h of hashes.findings) expect(spill.finding(h)).toEqual(table.finding(h));
    for (const h of hashes.flows) expect(spill.flows(h)).toEqual(table.flows(h));
    expect(hashes.flows.size).toBe(2);
    expect(spill.body('0000000000000000')).toBeUndefined();
    // With pages (pack format 8): the same bytes from both, each body naming its page and its notes by hash, each note once.
    const pages = new Map([...hashes.bodies].map((h) => [h, 'texts/00112233aabbccdd.html']));
    rmSync(path.join(a, TEXTS_FILE));
    rmSync(path.join(b, TEXTS_FILE));
    table.write(a, hashes, pages);
    spill.write(b, hashes, pages);
    expect(readFileSync(path.join(b, TEXTS_FILE))).toEqual(readFileSync(path.join(a, TEXTS_FILE)));
    const paged = JSON.parse(readFileSync(path.join(b, TEXTS_FILE), 'utf8')) as { bodies: Record<string, StoredBody>; notes: Record<string, unknown> };
    const note = bodies[1]!.unsettled![0]!;
    expect(paged.notes).toEqual({ [noteHash(note)]: note });
    expect(paged.bodies[table.addBody(bodies[1]!)]).toEqual({ locale: 'zh-CN', page: 'texts/00112233aabbccdd.html', notes: [noteHash(note)] });
    expect(paged.bodies[table.addBody(bodies[0]!)]).toEqual({ locale: 'en', page: 'texts/00112233aabbccdd.html' });
    spill.dispose();
    expect(readdirSync(b)).toEqual([TEXTS_FILE]);
  });

  it('writes empty sections as the in-memory table does', () => {
    const a = fresh();
    const b = fresh();
    const none = { bodies: new Set<string>(), footers: new Set<string>(), findings: new Set<string>(), flows: new Set<string>() };
    new TextTable().write(a, none);
    const spill = new SpilledTexts(path.join(b, '.scratch'));
    spill.write(b, none);
    spill.dispose();
    expect(readFileSync(path.join(b, TEXTS_FILE), 'utf8')).toBe(readFileSync(path.join(a, TEXTS_FILE), 'utf8'));
  });

  it("adopts a worker's texts and keeps each body's cells in the order they were added", () => {
    const d = fresh();
    const worker = new TextTable();
    const h0 = worker.addBody(bodies[0]!);
    const h1 = worker.addBody(bodies[1]!);
    const spill = new SpilledTexts(path.join(d, '.scratch'));
    spill.adopt(worker.drain(true)!);
    expect(spill.body(h1)).toEqual(bodies[1]);
    const cell = (i: number) => ({ template: `t${i}`, region: i % 2 ? 'eu' : 'china', locale: i % 2 ? 'en' : 'zh-CN', page: `t${i}.html`, heading: `${i}. Überschrift 标题\n`, textsPage: `texts/${i % 5 ? 'aaaaaaaaaaaaaaaa' : 'bbbbbbbbbbbbbbbb'}.html` });
    // More cells than the buffer and the first arrays hold, interleaved between two bodies.
    for (let i = 0; i < 10_000; i++) spill.users.add(i % 3 ? h0 : h1, cell(i));
    expect([...spill.users.bodies()]).toEqual([h1, h0]);
    const of1 = spill.users.users(h1);
    expect(of1).toHaveLength(3334);
    expect(of1[0]).toEqual(cell(0));
    expect(of1[1]).toEqual(cell(3));
    expect(of1.at(-1)).toEqual(cell(9999));
    expect(spill.users.users(h0).map((u) => u.template)).toEqual(Array.from({ length: 10_000 }, (_, i) => i).filter((i) => i % 3).map((i) => `t${i}`));
    expect(spill.users.users('nope')).toEqual([]);
    // Pack format 8: the texts pages in the order first used, each with its bodies; a body's cells of one page.
    expect([...spill.users.pages()]).toEqual([['texts/bbbbbbbbbbbbbbbb.html', [h1, h0]], ['texts/aaaaaaaaaaaaaaaa.html', [h0, h1]]]);
    expect(spill.users.pageOf(h0)).toBe('texts/aaaaaaaaaaaaaaaa.html');
    expect(spill.users.users(h1, 'texts/bbbbbbbbbbbbbbbb.html').map((u) => u.template)).toEqual(Array.from({ length: 10_000 }, (_, i) => i).filter((i) => i % 3 === 0 && i % 5 === 0).map((i) => `t${i}`));
    spill.dispose();
    expect(existsSync(path.join(d, '.scratch'))).toBe(false);
    expect(readdirSync(d)).toEqual([]);
  });
});
