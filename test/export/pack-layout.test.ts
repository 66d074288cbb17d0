/**
 * Pack format 5 (issue 22, a lighter pack): one stylesheet, `pack.css`, linked from the index and
 * every page instead of a copy in each; each rule's explanation and source once for the pack, in
 * rules.html, linked from every finding that cites it; findings.sarif one result a line; each
 * finding once per template record; each distinct clause body and footer once for the pack, in
 * texts.json by the hash of its content, each body with a page (texts/<hash>.html) listing the
 * cells that use it, which the template pages link; since format 8 a body's text is on its page
 * alone when the pack has pages (texts.json names the page). A pack of an earlier format at --out is
 * an earlier export and is replaced; shards of format 7 are not merged (format 6: pack-format6.test.ts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT_VERSION } from '../../src/export/manifest.js';
import { STYLE } from '../../src/export/html-style.js';
import { RULES } from '../../src/rules/index.js';
import { compactRecord, expandRecord, readExportRecord, type StoredRecord } from '../../src/export/read-pack.js';
import { bodyHash, bodyOnPage, findingHash, footerHash, noteHash, readTexts, TEXTS_FILE, TextTable, type StoredBody, type TextsFile, type UnsettledNote } from '../../src/export/text-store.js';
import { renderTextsPage } from '../../src/export/html-page.js';
import { cli } from '../helpers/cli.js';
import { copyExamples, tmp } from '../helpers/tree.js';
import { ROOT } from '../helpers/examples.js';
import { generateTemplates } from '../../bench/generate.js';
import { escapeHtml } from '../../src/export/html-escape.js';

describe('pack layout (format 5, and 6 to 8 since)', () => {
  it('links one stylesheet and explains each rule once for the pack', async () => {
    const dir = copyExamples();
    const r = await cli(['export', 'templates', '--regions', 'eu,china', '--out', 'pack', '--quiet', '--sarif'], dir);
    expect(r.code, r.err).toBe(0);
    const pack = path.join(dir, 'pack');
    expect(readFileSync(path.join(pack, 'pack.css'), 'utf8')).toBe(STYLE.trimStart());
    const manifest = JSON.parse(readFileSync(path.join(pack, 'pack.json'), 'utf8')) as { formatVersion: number; files: string[] };
    expect(manifest.formatVersion).toBe(PACK_FORMAT_VERSION);
    expect(PACK_FORMAT_VERSION).toBe(8);
    expect(manifest.files).toContain('pack.css');
    const index = readFileSync(path.join(pack, 'index.html'), 'utf8');
    expect(index).toContain('<link rel="stylesheet" href="pack.css">');
    expect(index).not.toContain('<style>');
    // Format 4: every rule explained once for the pack, in rules.html; pages link to it.
    const rules = readFileSync(path.join(pack, 'rules.html'), 'utf8');
    expect(rules).toContain('<link rel="stylesheet" href="pack.css">');
    expect(manifest.files).toContain('rules.html');
    for (const rule of RULES) {
      expect(rules.split(`<li id="rule-${rule.meta.id}">`).length - 1, rule.meta.id).toBe(1);
      expect(rules, rule.meta.id).toContain(escapeHtml(rule.meta.source));
    }
    // A page names each finding's rule and links its finding page (stop 25), which links the rule here.
    const findingPages = new Set<string>();
    for (const name of readdirSync(path.join(pack, 'pages'))) {
      const html = readFileSync(path.join(pack, 'pages', name), 'utf8');
      expect(html, name).toContain('<link rel="stylesheet" href="../pack.css">');
      expect(html, name).not.toContain('<style>');
      expect(html, name).not.toContain('<li id="rule-');
      expect(html, name).not.toMatch(/<a href="#rule-/);
      // Stop 26: a cell's finding links its page by its place (line:column); a template's own (lint) by "fix" or "more".
      for (const m of html.matchAll(/<a href="\.\.\/(findings\/[0-9a-f]{16}\.html)">(?:fix|more|(?:[^<]+:)?\d+:\d+)<\/a>/g)) findingPages.add(m[1]!);
    }
    expect(findingPages.size).toBeGreaterThan(0);
    let cited = 0;
    for (const file of findingPages) {
      const html = readFileSync(path.join(pack, file), 'utf8');
      for (const rule of RULES) cited += html.split(`<a href="../rules.html#rule-${rule.meta.id}"><code>${rule.meta.id}</code></a>`).length - 1;
    }
    expect(cited, 'each finding page links its rule').toBe(findingPages.size);
    // findings.sarif: one result a line.
    const sarif = readFileSync(path.join(pack, 'findings.sarif'), 'utf8');
    const results = (JSON.parse(sarif) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    expect(sarif.split('\n').filter((l) => l.startsWith('{"ruleId"'))).toHaveLength(results.length);
  });

  it('replaces a pack of format 7, 6, 5, 4, 3 or 2 at --out (an export from before the upgrade)', async () => {
    const dir = copyExamples();
    expect((await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir)).code).toBe(0);
    const file = path.join(dir, 'pack', 'pack.json');
    for (const earlier of [7, 6, 5, 4, 3, 2]) {
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"formatVersion": 8/, `"formatVersion": ${earlier}`));
      const again = await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir);
      expect(again.code, again.err).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8')).formatVersion).toBe(8);
    }
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"formatVersion": 8/, '"formatVersion": 1'));
    const old = await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir);
    expect(old.code).toBe(2);
    expect(old.err).toMatch(/E_PATH/);
  });

  it('keeps each finding of a template once in its record (its text once in texts.json), and reads it back as written', async () => {
    // Generated templates rest on consent without a record: the same finding in every cell.
    const dir = tmp('disclose-record-');
    generateTemplates(ROOT, dir, 6, 7);
    const r = await cli(['export', 'templates', '--regions', 'eu,california,china', '--out', 'pack', '--quiet'], dir);
    expect(r.code, r.err).toBe(1);
    let shared = 0;
    for (const name of readdirSync(path.join(dir, 'pack', 'data'))) {
      const file = path.join(dir, 'pack', 'data', name);
      const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredRecord;
      const keys = stored.findings.map((f) => JSON.stringify(f));
      expect(new Set(keys).size, name).toBe(keys.length);
      const refs = [...stored.lint, ...stored.results.flatMap((c) => c.findings)];
      shared += refs.length - new Set(refs).size;
      // What the record, its cells and the template's file already say is left out of each finding.
      for (const f of stored.findings) {
        expect(f['template'], name).not.toBe(stored.template);
        expect(f['file'], name).not.toBe(stored.file);
      }
      const rec = readExportRecord(file);
      const texts = new TextTable();
      expect(rec, name).toEqual(expandRecord(compactRecord(rec, texts), texts));
      for (const c of rec.results) {
        for (const f of c.findings) {
          expect(f.template, name).toBe(stored.template);
          if (f.region !== undefined) expect([f.region, f.locale]).toEqual([c.region, c.locale]);
        }
      }
    }
    expect(shared).toBeGreaterThan(0);
  });

  it('keeps each distinct clause body and footer once, and every page links the bodies it uses', async () => {
    // Realistic templates share flow shapes, so many cells have the same clause body.
    const dir = tmp('disclose-texts-');
    generateTemplates(ROOT, dir, 24, 5, 'realistic');
    const r = await cli(['export', 'templates', '--regions', 'eu,california,china', '--out', 'pack', '--quiet'], dir);
    expect(r.code, r.err).toBeLessThan(2);
    const pack = path.join(dir, 'pack');
    const rawTexts = readFileSync(path.join(pack, TEXTS_FILE), 'utf8');
    const stored = JSON.parse(rawTexts) as { bodies: Record<string, StoredBody>; notes: Record<string, UnsettledNote> };
    // Pack format 8: each body's text is on its page alone; texts.json names the page (with the body's locale and notes).
    const texts = { ...(JSON.parse(rawTexts) as TextsFile), bodies: Object.fromEntries(readTexts(path.join(pack, TEXTS_FILE)).bodies) };
    const bodies = Object.entries(texts.bodies);
    for (const [hash, body] of bodies) {
      // Its unsettled-law notes by hash: each distinct note once for the pack (pack format 8).
      expect(stored.bodies[hash], hash).toEqual({ locale: body.locale, page: expect.stringMatching(/^texts\/[0-9a-f]{16}\.html$/), ...(body.unsettled ? { notes: body.unsettled.map(noteHash) } : {}) });
      for (const n of body.unsettled ?? []) expect(stored.notes[noteHash(n)], hash).toEqual(n);
      expect(rawTexts, hash).not.toContain(JSON.stringify(body.text).slice(1, -1));
    }
    expect(bodies.filter(([, b]) => b.unsettled?.length).length).toBeGreaterThan(Object.keys(stored.notes).length);
    for (const n of Object.values(stored.notes)) expect(rawTexts.split(JSON.stringify(n.note)).length - 1).toBe(1);
    // Each body's texts page: the one of the flows of the templates that use it (pack format 8).
    const onPage = new Map<string, Set<string>>();
    // Each text under the hash of its content, each content once.
    for (const [hash, body] of bodies) expect(bodyHash(body)).toBe(hash);
    for (const [hash, footer] of Object.entries(texts.footers)) expect(footerHash(footer)).toBe(hash);
    expect(new Set(bodies.map(([, b]) => JSON.stringify(b))).size).toBe(bodies.length);
    expect(new Set(Object.values(texts.footers)).size).toBe(Object.keys(texts.footers).length);
    // Finding texts (rule, severity, message, data, fix) once for the pack; records keep the place.
    for (const [hash, f] of Object.entries(texts.findings)) {
      expect(findingHash(f)).toBe(hash);
      expect(f['line'], hash).toBeUndefined();
      expect(typeof f['message'], hash).toBe('string');
    }
    const findingUsers = new Map<string, Set<string>>();
    const manifest = JSON.parse(readFileSync(path.join(pack, 'pack.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain(TEXTS_FILE);
    // Every cell names a body and a footer of texts.json; its page shows the footer and links the body.
    const uses = new Map<string, Set<string>>();
    let cells = 0;
    for (const name of readdirSync(path.join(pack, 'data'))) {
      const raw = readFileSync(path.join(pack, 'data', name), 'utf8');
      const record = JSON.parse(raw) as StoredRecord;
      const page = readFileSync(path.join(pack, 'pages', name.replace(/\.json$/, '.html')), 'utf8');
      const rec = readExportRecord(path.join(pack, 'data', name));
      for (const f of record.findings) {
        const ref = f['ref'] as string;
        expect(texts.findings[ref], name).toBeDefined();
        expect(raw, name).not.toContain(JSON.stringify(texts.findings[ref]!['message']));
        findingUsers.set(ref, (findingUsers.get(ref) ?? new Set()).add(name));
      }
      record.results.forEach((cell, i) => {
        cells++;
        const body = texts.bodies[cell.clause.ref]!;
        expect(body, name).toBeDefined();
        expect(texts.footers[cell.footer.ref], name).toBe(rec.results[i]!.footer.text);
        expect(rec.results[i]!.clause.text, name).toBe(cell.clause.heading + body.text);
        // The cell links its text on the clause texts page of its flows (pack format 8: one page for every template with the same flows).
        const group = path.basename(rec.flowsPage!, '.html');
        // Stop 25: the clause's heading line is the link (it was written twice, as a block and as "Clause text <hash>").
        expect(page, name).toContain(`<a href="../texts/${group}.html#text-${cell.clause.ref}" data-text="${cell.clause.ref}">${escapeHtml(cell.clause.heading.trimEnd())}</a>`);
        expect(stored.bodies[cell.clause.ref]!.page, name).toBe(`texts/${group}.html`);
        onPage.set(`texts/${group}.html`, (onPage.get(`texts/${group}.html`) ?? new Set()).add(cell.clause.ref));
        expect(page, name).toContain(`<div class="text footer">${escapeHtml(rec.results[i]!.footer.text)}</div>`);
        // The body is not written out again in the record or on the page.
        expect(raw, name).not.toContain(JSON.stringify(body.text).slice(1, -1));
        expect(page, name).not.toContain(escapeHtml(body.text));
        const users = uses.get(cell.clause.ref) ?? new Set<string>();
        users.add(`pages/${name.replace(/\.json$/, '.html')}#${cell.region}--${cell.locale}`);
        uses.set(cell.clause.ref, users);
      });
    }
    // Fewer bodies than cells: a body shared by several templates is stored once.
    expect(bodies.length).toBeLessThan(cells);
    expect([...uses.values()].some((u) => u.size > 1)).toBe(true);
    expect(new Set(findingUsers.keys())).toEqual(new Set(Object.keys(texts.findings)));
    expect([...findingUsers.values()].some((u) => u.size > 1)).toBe(true);
    expect(new Set(uses.keys())).toEqual(new Set(bodies.map(([h]) => h)));
    // One texts page per set of flows, fewer than the bodies; each holds the texts of its flows' cells, each once.
    expect(readdirSync(path.join(pack, 'texts')).sort()).toEqual([...onPage.keys()].map((p) => path.basename(p)).sort());
    expect(onPage.size).toBeLessThan(bodies.length);
    const flowsPages = new Set(readdirSync(path.join(pack, 'flows')));
    for (const [file, hashes] of onPage) {
      const html = readFileSync(path.join(pack, file), 'utf8');
      // It links the page of its flows (their table and diagram).
      expect(flowsPages.has(path.basename(file)), file).toBe(true);
      expect(html, file).toContain(`<a href="../flows/${path.basename(file)}">`);
      const sections = html.split('<section class="clause-text" id="clause-').slice(1);
      expect(sections.map((x) => x.slice(0, 16)).sort(), file).toEqual([...hashes].sort());
      for (const hash of hashes) {
        const body = texts.bodies[hash]!;
        const section = sections.find((x) => x.startsWith(`${hash}"`))!;
        // Its text once on the page, where the cells' links point, and every cell that uses it linked, and only those.
        expect(html.split(escapeHtml(body.text)).length - 1, hash).toBe(1);
        expect(section, hash).toContain(`<div class="text clause" id="text-${hash}" lang="${body.locale}">${escapeHtml(body.text)}</div>`);
        const links = [...section.matchAll(/<a href="\.\.\/(pages\/[^"]+)">/g)].map((m) => m[1]);
        expect(new Set(links), hash).toEqual(uses.get(hash));
        // Its unsettled elements, each linked to its note, once for the pack on unsettled.html (stop 25).
        if (body.unsettled?.length) expect(section, hash).toContain(`<div class="unsettled" id="unsettled-${hash}">`);
        for (const u of body.unsettled ?? []) {
          expect(section, hash).toContain(`<a href="../unsettled.html#note-${noteHash(u)}"><code>${escapeHtml(u.id)}</code></a>`);
          expect(html, hash).not.toContain(escapeHtml(u.note));
        }
      }
    }
    // unsettled.html: every note of the pack once, with its element and article (stop 25), where the texts pages link it.
    const notesPage = readFileSync(path.join(pack, 'unsettled.html'), 'utf8');
    expect(Object.keys(stored.notes).length).toBeGreaterThan(0);
    for (const [ref, n] of Object.entries(stored.notes)) {
      expect(notesPage.split(escapeHtml(n.note)).length - 1, ref).toBe(1);
      expect(notesPage, ref).toContain(`<li id="note-${ref}"><code>${escapeHtml(n.id)}</code>${n.article ? ` (${escapeHtml(n.article)})` : ''}: ${escapeHtml(n.note)}</li>`);
    }
    expect(notesPage.split('<li id="note-').length - 1).toBe(Object.keys(stored.notes).length);
  });

  it('does not read a texts.json or clause text page edited by hand, and does not merge shards of format 7', async () => {
    const dir = copyExamples();
    expect((await cli(['export', 'templates', '--regions', 'eu', '--out', 'pack', '--quiet'], dir)).code).toBe(0);
    const file = path.join(dir, 'pack', TEXTS_FILE);
    const original = readFileSync(file, 'utf8');
    const texts = JSON.parse(original) as { bodies: Record<string, StoredBody> };
    const [hash, body] = Object.entries(texts.bodies)[0]!;
    // A text put back into texts.json beside its page (format 8 keeps it on the page alone).
    writeFileSync(file, JSON.stringify({ ...texts, bodies: { ...texts.bodies, [hash]: { ...body, text: 'Our own words, edited in.' } } }));
    expect(() => readTexts(file)).toThrow(new RegExp(`clause text ${hash} is not the text its hash names`));
    // A note edited where the pack keeps it once (pack format 8): refused.
    const notes = (JSON.parse(original) as { notes: Record<string, UnsettledNote> }).notes;
    const [noteRef, note] = Object.entries(notes)[0]!;
    writeFileSync(file, JSON.stringify({ ...texts, notes: { ...notes, [noteRef]: { ...note, note: 'Settled law, edited in.' } } }));
    expect(() => readTexts(file)).toThrow(new RegExp(`note ${noteRef} is not the note its hash names`));
    writeFileSync(file, original);
    // The text edited on its page, where a signer reads it: refused, as an edited texts.json is.
    const page = path.join(dir, 'pack', body.page!);
    const html = readFileSync(page, 'utf8');
    const text = bodyOnPage(html, hash, body.locale)!;
    expect(text.length).toBeGreaterThan(0);
    writeFileSync(page, html.replace(escapeHtml(text), escapeHtml(`${text} We also sell your data.`)));
    expect(() => readTexts(file)).toThrow(new RegExp(`clause text ${hash} is not the text its hash names`));
    // A record of the pack is read (by --since, for a changed cell's diff) with the pack's texts: refused.
    const record = path.join(dir, 'pack', 'data', readdirSync(path.join(dir, 'pack', 'data'))[0]!);
    expect(() => readExportRecord(record)).toThrow(/is not the text its hash names/);
    // The page gone: refused, naming it.
    rmSync(page);
    expect(() => readTexts(file)).toThrow(new RegExp(`clause text ${hash} is not on its page ${body.page}`));

    for (const i of [1, 2]) expect((await cli(['export', 'templates', '--regions', 'eu', '--out', `s${i}`, '--shard', `${i}/2`, '--quiet'], dir)).code).toBe(0);
    const manifest = path.join(dir, 's2', 'pack.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"formatVersion": 8/, '"formatVersion": 7'));
    const merged = await cli(['export-merge', 's1', 's2', '--out', 'merged', '--quiet'], dir);
    expect(merged.code).toBe(2);
    expect(merged.err).toMatch(/shard of pack format 7/);
    expect(merged.err).toMatch(/Export the shards again/);
  });

  it('keeps the clause texts in texts.json when the pack has no pages, and reads a text back from its page exactly', async () => {
    const dir = copyExamples();
    const r = await cli(['export', 'templates', '--regions', 'eu,china', '--format', 'json,csv', '--out', 'pack', '--quiet'], dir);
    expect(r.code, r.err).toBeLessThan(2);
    const file = path.join(dir, 'pack', TEXTS_FILE);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { bodies: Record<string, StoredBody> };
    expect(Object.keys(stored.bodies).length).toBeGreaterThan(0);
    for (const [hash, b] of Object.entries(stored.bodies)) {
      expect(typeof b.text, hash).toBe('string');
      expect(b.page, hash).toBeUndefined();
    }
    // Every record reads back whole, its clause texts from texts.json.
    for (const name of readdirSync(path.join(dir, 'pack', 'data'))) expect(readExportRecord(path.join(dir, 'pack', 'data', name)).results.length).toBeGreaterThan(0);
    // What the page shows is what is read back, whatever the text holds.
    const text = 'Line <one> & "two" {{braces}} \'quoted\'\n</div> is text here\n中文 ภาษาไทย';
    const other = { hash: 'fedcba9876543210', body: { locale: 'zh-CN', text: 'Another text on the same page.' }, users: [] };
    const page = renderTextsPage('00112233aabbccdd', [other, { hash: '0123456789abcdef', body: { locale: 'zh-CN', text }, users: [] }], 'flows/00112233aabbccdd.html');
    expect(bodyOnPage(page, '0123456789abcdef', 'zh-CN')).toBe(text);
    expect(bodyOnPage(page, 'fedcba9876543210', 'zh-CN')).toBe(other.body.text);
    expect(bodyOnPage(page, '0123456789abcdef', 'en')).toBeUndefined();
  });
});
