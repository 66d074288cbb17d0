import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { cli } from '../helpers/cli.js';
import { copyExamples, readTree, tmp } from '../helpers/tree.js';

const REGIONS = process.env['EXPORT_TEST_REGIONS'] ?? 'eu,california,sea,sg,my,china';

async function exportTo(cwd: string, out: string, ...extra: string[]) {
  return cli(['export', 'templates', '--out', out, '--regions', REGIONS, '--quiet', ...extra], cwd);
}

describe('export', () => {
  it('writes the pack and is byte-identical across runs', async () => {
    const dir = copyExamples();
    const a = await exportTo(dir, 'pack-a');
    const b = await exportTo(dir, 'pack-b');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const ta = readTree(path.join(dir, 'pack-a'));
    const tb = readTree(path.join(dir, 'pack-b'));
    expect([...ta.keys()]).toEqual([...tb.keys()]);
    for (const [k, v] of ta) expect(v.equals(tb.get(k)!), k).toBe(true);
    for (const f of ['index.html', 'summary.csv', 'summary.md', 'summary.json', 'pack.json']) expect(ta.has(f), f).toBe(true);
    // findings.sarif only when asked (--sarif): code scanning takes check --format sarif.
    expect(ta.has('findings.sarif')).toBe(false);
    expect([...ta.keys()].filter((k) => k.startsWith('pages/')).length).toBe(7);
    // No temporary folders left beside the output.
    expect(readdirSync(dir).filter((n) => n.includes('disclose-tmp') || n.includes('disclose-old'))).toEqual([]);
  });

  it('writes Meta\'s template JSON for each WhatsApp template, with the market\'s footer', async () => {
    const dir = copyExamples();
    await exportTo(dir, 'pack');
    const metas = JSON.parse(readFileSync(path.join(dir, 'pack', 'meta', 'order_shipped.json'), 'utf8')) as Array<{ region: string; locale: string; template: { name: string; components: Array<{ type: string; text: string }> } }>;
    expect(metas.length).toBe(6);
    const meta = metas.find((m) => m.region === 'eu' && m.locale === 'en')!.template;
    const rows = JSON.parse(readFileSync(path.join(dir, 'pack', 'summary.json'), 'utf8')) as Array<{ template: string; region: string; locale: string; footer: string }>;
    const footer = rows.find((r) => r.template === 'order_shipped' && r.region === 'eu' && r.locale === 'en')!.footer;
    // A set Meta accepts: one name per market (Meta keeps one template per account, name and
    // language), every footer in the template's language (issue 19).
    expect(meta.name).toBe('order_shipped_eu');
    expect(new Set(metas.map((m) => m.template.name)).size).toBe(metas.length);
    expect(metas.every((m) => m.locale === 'en' && (m.template as unknown as { language: string }).language === 'en')).toBe(true);
    expect(meta.components.find((c: { type: string }) => c.type === 'FOOTER')!.text).toBe(footer);
    // SMS and e-mail templates have no Meta template.
    expect(existsSync(path.join(dir, 'pack', 'meta', 'payment_receipt.json'))).toBe(false);
  });

  it('summary.csv is UTF-8 with a byte-order mark and shows Chinese text intact', async () => {
    const dir = copyExamples();
    await exportTo(dir, 'pack');
    const bytes = readFileSync(path.join(dir, 'pack', 'summary.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('template,region,locale,channel,status,errors,warnings,infos,footer,clause_id,clause_number,change,review,reviewer,signed_off,content_hash');
    expect(lines.length - 2).toBe(7 * 6);
    const zh = lines.find((l) => l.includes(',china,zh-CN,'))!;
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(lines.find((l) => l.includes(',my,ms,'))).toBeDefined();
  });

  it('summary.json carries the rows; summary.md counts them by region and locale (stop 27: not a fourth copy of every row)', async () => {
    const dir = copyExamples();
    await exportTo(dir, 'pack');
    const rows = JSON.parse(readFileSync(path.join(dir, 'pack', 'summary.json'), 'utf8')) as Array<{ template: string; region: string; locale: string; status: string; errors: number; warnings: number }>;
    const md = readFileSync(path.join(dir, 'pack', 'summary.md'), 'utf8');
    // 7 example templates (service_hours_notice added by issue 16) × 6 default targets.
    expect(rows.length).toBe(42);
    expect(md).toContain(`\n${rows.length} cells (template × region × locale).`);
    const columns = [...new Set(rows.map((r) => `${r.region}|${r.locale}`))];
    expect(columns.length).toBe(6);
    for (const c of columns) {
      const of = rows.filter((r) => `${r.region}|${r.locale}` === c);
      const n = (status: string) => of.filter((r) => r.status === status).length;
      const sum = (k: 'errors' | 'warnings') => of.reduce((t, r) => t + r[k], 0);
      const [region, locale] = c.split('|');
      expect(md).toContain(`\n| ${region} | ${locale} | ${of.length} | ${n('errors')} | ${n('warnings')} | ${n('clean')} | ${sum('errors')} | ${sum('warnings')} |\n`);
    }
    // No row of a cell: the templates are named in summary.csv, summary.json and index.html.
    for (const r of rows) expect(md).not.toContain(r.template.replace(/_/g, '\\_'));
  });

  it('findings.sarif validates against the SARIF 2.1.0 schema', async () => {
    const dir = copyExamples();
    // A stale clause reference gives findings to put in the SARIF log.
    const receipt = path.join(dir, 'templates', 'payment_receipt.yaml');
    writeFileSync(receipt, readFileSync(receipt, 'utf8').replace('header: Your Nordlicht receipt\n', 'header: Your Nordlicht receipt\nfooter: "How we use your data: Privacy §4.1"\n'));
    await exportTo(dir, 'pack', '--sarif');
    const sarif = JSON.parse(readFileSync(path.join(dir, 'pack', 'findings.sarif'), 'utf8'));
    const require = createRequire(import.meta.url);
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const Ajv04 = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } };
    // The official schema has a pattern that is invalid with the u flag ('[a-zA-Z]{2}]?'): compile without it.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it('--since marks new, changed and removed footers and clauses with diffs', async () => {
    const dir = copyExamples();
    await exportTo(dir, 'v1');
    const order = path.join(dir, 'templates', 'order_shipped.yaml');
    writeFileSync(order, readFileSync(order, 'utf8').replace('value: 180, unit: day', 'value: 90, unit: day'));
    rmSync(path.join(dir, 'templates', 'one_time_passcode.yaml'));
    writeFileSync(path.join(dir, 'templates', 'support_reply.yaml'), readFileSync(path.join(dir, 'templates', 'support_followup.yaml'), 'utf8').replace('id: support_followup', 'id: support_reply'));
    const r = await exportTo(dir, 'v2', '--since', 'v1');
    expect(r.code).toBe(0);
    const rows = JSON.parse(readFileSync(path.join(dir, 'v2', 'summary.json'), 'utf8')) as Array<{ template: string; change: string }>;
    expect(new Set(rows.filter((x) => x.template === 'order_shipped').map((x) => x.change))).toEqual(new Set(['changed']));
    expect(new Set(rows.filter((x) => x.template === 'support_reply').map((x) => x.change))).toEqual(new Set(['new']));
    expect(new Set(rows.filter((x) => x.template === 'payment_receipt').map((x) => x.change))).toEqual(new Set(['unchanged']));
    const changes = readFileSync(path.join(dir, 'v2', 'changes.md'), 'utf8');
    expect(changes).toMatch(/## removed: one_time_passcode · eu · en/);
    expect(changes).toMatch(/-We keep your name, phone number, and postal address for 180 days from delivery of the order\./);
    expect(changes).toMatch(/\+We keep your name, phone number, and postal address for 90 days from delivery of the order\./);
    expect(readFileSync(path.join(dir, 'v2', 'index.html'), 'utf8')).toContain('<h2 id="changes">');
    expect(readFileSync(path.join(dir, 'v2', 'summary.csv'), 'utf8')).toMatch(/order_shipped,eu,en,.*,changed,pending,,,[0-9a-f]{16}\r\n/);
  });

  it('shards merge into the same pack as one run', async () => {
    const dir = copyExamples();
    await exportTo(dir, 'whole');
    for (const i of [1, 2, 3]) expect((await exportTo(dir, `shard${i}`, '--shard', `${i}/3`)).code).toBe(0);
    const merged = await cli(['export-merge', 'shard1', 'shard2', 'shard3', '--out', 'merged', '--quiet'], dir);
    expect(merged.code).toBe(0);
    const a = readTree(path.join(dir, 'whole'));
    const b = readTree(path.join(dir, 'merged'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [k, v] of a) expect(v.equals(b.get(k)!), k).toBe(true);
    expect(readdirSync(path.join(dir, 'shard1', 'data')).length + readdirSync(path.join(dir, 'shard2', 'data')).length + readdirSync(path.join(dir, 'shard3', 'data')).length).toBe(7);
  });

  it('writes findings.sarif only with --sarif (or sarif in --format), the rest of the pack the same bytes', async () => {
    const dir = copyExamples();
    expect((await exportTo(dir, 'plain')).code).toBe(0);
    expect((await exportTo(dir, 'with', '--sarif')).code).toBe(0);
    expect((await exportTo(dir, 'listed', '--format', 'html,md,csv,json,meta,sarif')).code).toBe(0);
    const plain = readTree(path.join(dir, 'plain'));
    const withSarif = readTree(path.join(dir, 'with'));
    expect(plain.has('findings.sarif')).toBe(false);
    expect(withSarif.has('findings.sarif')).toBe(true);
    // Only findings.sarif and the manifest (its formats and files) differ.
    expect([...withSarif.keys()].filter((k) => k !== 'findings.sarif')).toEqual([...plain.keys()]);
    for (const [k, v] of plain) if (k !== 'pack.json') expect(v.equals(withSarif.get(k)!), k).toBe(true);
    const manifest = (t: Map<string, Buffer>) => JSON.parse(t.get('pack.json')!.toString('utf8')) as { formats: string[]; files: string[] };
    expect(manifest(plain).formats).toEqual(['html', 'md', 'csv', 'json', 'meta']);
    expect(manifest(withSarif).formats).toEqual(['html', 'md', 'csv', 'json', 'sarif', 'meta']);
    expect(manifest(withSarif).files.filter((f) => !manifest(plain).files.includes(f))).toEqual(['findings.sarif']);
    // --sarif and sarif named in --format are the same pack.
    const listed = readTree(path.join(dir, 'listed'));
    expect([...listed.keys()]).toEqual([...withSarif.keys()]);
    for (const [k, v] of withSarif) expect(v.equals(listed.get(k)!), k).toBe(true);
    // --sarif with a --format that lacks it adds it.
    expect((await exportTo(dir, 'json-sarif', '--format', 'json', '--sarif')).code).toBe(0);
    expect(existsSync(path.join(dir, 'json-sarif', 'findings.sarif'))).toBe(true);
    expect(existsSync(path.join(dir, 'json-sarif', 'index.html'))).toBe(false);
  });

  it('merges shards exported with --sarif, and refuses shards of which some have findings.sarif and some not', async () => {
    const dir = copyExamples();
    await exportTo(dir, 'whole', '--sarif');
    for (const i of [1, 2]) expect((await exportTo(dir, `s${i}`, '--shard', `${i}/2`, '--sarif')).code).toBe(0);
    expect((await cli(['export-merge', 's1', 's2', '--out', 'merged', '--quiet'], dir)).code).toBe(0);
    const a = readTree(path.join(dir, 'whole'));
    const b = readTree(path.join(dir, 'merged'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [k, v] of a) expect(v.equals(b.get(k)!), k).toBe(true);
    expect((await exportTo(dir, 'p2', '--shard', '2/2')).code).toBe(0);
    const mixed = await cli(['export-merge', 's1', 'p2', '--out', 'mixed', '--quiet'], dir);
    expect(mixed.code).toBe(2);
    expect(mixed.err).toMatch(/shard \S*p2 was exported with the formats html,md,csv,json,meta, \S*s1 with html,md,csv,json,sarif,meta \(findings\.sarif is written only with --sarif or sarif in --format\)/);
    expect(mixed.err).toContain('Export every shard with the same --format and --sarif options');
    expect(existsSync(path.join(dir, 'mixed'))).toBe(false);
  });

  it('a failed export leaves the previous export untouched', async () => {
    const dir = copyExamples();
    await exportTo(dir, 'pack');
    const before = readTree(path.join(dir, 'pack'));
    // The last template (by name) is broken: the export fails after writing the others.
    writeFileSync(path.join(dir, 'templates', 'zz_broken.yaml'), 'id: zz_broken\nchannel: [\n');
    const r = await exportTo(dir, 'pack');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/zz_broken.yaml:\d+:\d+/);
    const after = readTree(path.join(dir, 'pack'));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [k, v] of before) expect(v.equals(after.get(k)!), k).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('disclose-tmp'))).toEqual([]);
  });

  it('never replaces a file or a folder that is not an earlier export', async () => {
    const dir = copyExamples();
    writeFileSync(path.join(dir, 'notes.txt'), 'precious');
    const asFile = await exportTo(dir, 'notes.txt');
    expect(asFile.code).toBe(2);
    expect(asFile.err).toMatch(/notes\.txt: error: the output folder is a file; the export would replace it \[E_PATH\]/);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('precious');
    const asFolder = await exportTo(dir, 'templates');
    expect(asFolder.code).toBe(2);
    expect(asFolder.err).toMatch(/templates: error: the output folder is not an earlier disclose export \(no pack\.json\); the export would replace it and everything in it \[E_PATH\]/);
    expect(readdirSync(path.join(dir, 'templates')).length).toBe(7);
    expect(readdirSync(dir).filter((n) => n.includes('disclose-'))).toEqual([]);
    // An empty folder and an earlier export are fine.
    mkdirSync(path.join(dir, 'empty'));
    expect((await exportTo(dir, 'empty')).code).toBe(0);
    expect((await exportTo(dir, 'empty')).code).toBe(0);
    expect(existsSync(path.join(dir, 'empty', 'pack.json'))).toBe(true);
  });

  it('rejects bad options with exit 2', async () => {
    const dir = copyExamples();
    expect((await cli(['export', 'templates', '--out', 'p', '--shard', '4/3'], dir)).code).toBe(2);
    expect((await cli(['export', 'templates', '--out', 'p', '--format', 'pdf'], dir)).code).toBe(2);
    expect((await cli(['export', 'templates', '--out', 'p', '--since', 'nowhere'], dir)).code).toBe(2);
    expect(existsSync(path.join(dir, 'p'))).toBe(false);
  });

  it('escapes user text in HTML and Markdown', async () => {
    const dir = copyExamples();
    const file = path.join(dir, 'templates', 'order_shipped.yaml');
    const original = readFileSync(file, 'utf8');
    // A javascript: link in a name is refused when the template loads (names reach clauses, whose links must be https).
    writeFileSync(file, original.replace('name: SwiftShip Logistics', 'name: "<script>alert(1)</script> [x](javascript:alert(1)) | {{#each}}"'));
    const refused = await exportTo(dir, 'pack');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/recipient name: the link "javascript:alert\(1\)\)" is not https \[E_SCHEMA\]/);
    writeFileSync(file, original.replace('name: SwiftShip Logistics', 'name: "<script>alert(1)</script> [x](https://evil.example/x) | {{#each}}"'));
    await exportTo(dir, 'pack');
    const page = readFileSync(path.join(dir, 'pack', 'pages', 'order_shipped.html'), 'utf8');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&#123;&#123;#each&#125;&#125;');
    void tmp;
  });
});

describe('the library refuses an --out it would destroy, like the command', () => {
  it('exportPack and mergePacks check --out before writing', async () => {
    const { loadProject, exportPack, mergePacks } = await import('../../src/index.js');
    const dir = copyExamples();
    writeFileSync(path.join(dir, 'notes.txt'), 'precious');
    const project = loadProject({ cwd: dir, config: false, templates: ['templates'], regions: ['eu'] });
    await expect(exportPack(project, { out: 'notes.txt' })).rejects.toMatchObject({ code: 'E_PATH' });
    await expect(exportPack(project, { out: 'templates' })).rejects.toMatchObject({ code: 'E_PATH' });
    await expect(exportPack(project, { out: '.' })).rejects.toMatchObject({ code: 'E_PATH' });
    await exportPack(project, { out: 'pack', shard: { index: 1, count: 1 } });
    await expect(mergePacks([path.join(dir, 'pack')], { out: path.join(dir, 'notes.txt'), cwd: dir })).rejects.toMatchObject({ code: 'E_PATH' });
    await expect(mergePacks([path.join(dir, 'pack')], { out: path.join(dir, 'pack'), cwd: dir })).rejects.toMatchObject({ code: 'E_PATH' });
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('precious');
    expect(readdirSync(path.join(dir, 'templates')).length).toBe(7);
  });
});
