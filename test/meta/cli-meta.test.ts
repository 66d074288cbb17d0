import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli } from '../helpers/cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'disclose-meta-'));
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
};

describe('disclose meta', () => {
  it('prints the JSON with the footer of the region, exit 0', async () => {
    const r = await cli(['meta', 'examples/templates/order_shipped.yaml', '--region', 'eu']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { name: string; components: Array<{ type: string; text?: string }> };
    expect(json.name).toBe('order_shipped');
    expect(json.components.find((c) => c.type === 'FOOTER')?.text).toMatch(/§5\.2/);
  });
  it('needs a region (exit 2); several give the submittable set (market.test.ts)', async () => {
    expect((await cli(['meta', 'examples/templates/order_shipped.yaml'])).code).toBe(2);
    expect((await cli(['meta', 'examples/templates/order_shipped.yaml', '--region', 'sg,sg'])).code).toBe(2);
  });
  it('notes on stderr when it exports an SMS or e-mail template as WhatsApp', async () => {
    const r = await cli(['meta', 'examples/templates/payment_receipt.yaml', '--region', 'eu']);
    expect(r.err).toMatch(/written for email; exported as a WhatsApp template/);
    expect(r.code).toBe(0);
  });
  it('exits 1 and lists the findings on stderr when the template breaks a rule', async () => {
    const r = await cli(['meta', 'examples/broken/lint-links.yaml', '--region', 'eu', '--org', 'examples/organization.yaml']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toHaveProperty('name', 'lint_links');
    expect(r.err).toMatch(/\[template-links\]/);
  });
});

describe('disclose import-meta', () => {
  it('prints template YAML and warns that purpose and flows are left to declare, exit 0', async () => {
    const exported = await cli(['meta', 'examples/templates/order_shipped.yaml', '--region', 'eu']);
    const file = write('order.json', exported.out);
    const r = await cli(['import-meta', file], tmp);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/template\.schema\.json$/);
    const data = parse(r.out) as Record<string, unknown>;
    expect(data['id']).toBe('order_shipped');
    expect(data['flows']).toEqual([]);
    expect(r.err).toMatch(/warning .*\[import-needs-flows\]/);
    expect(r.err).toMatch(/warning .*\[import-needs-purpose\]/);
  });
  it('bad JSON: exit 2 with file, line and column', async () => {
    const file = write('bad.json', '{\n  "name": "x",\n  "language": en\n}\n');
    const r = await cli(['import-meta', file], tmp);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json:3:15: error: JSON syntax error: unexpected "e" \[E_JSON\]/);
  });
  it('JSON that ends early: the position is the end', async () => {
    const file = write('short.json', '{"name": "x",');
    const r = await cli(['import-meta', file], tmp);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/short\.json:1:14: error: JSON syntax error: the text ends too early/);
  });
  it('JSON that is no template: exit 2', async () => {
    const file = write('list.json', '[1, 2]');
    expect((await cli(['import-meta', file], tmp)).code).toBe(2);
  });
  it('a list: --out writes one <name>.<language>.yaml each; without --out exit 2', async () => {
    const list = path.resolve('test/fixtures/meta/list-graph-api.json');
    const without = await cli(['import-meta', list], tmp);
    expect(without.code).toBe(2);
    expect(without.err).toMatch(/holds 2 templates[\s\S]*--out/);
    const out = path.join(tmp, 'imported');
    const r = await cli(['import-meta', list, '--out', out], tmp);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['parcel_collected.en-GB.yaml', 'parcel_collected.pt-BR.yaml']);
    const en = parse(readFileSync(path.join(out, 'parcel_collected.en-GB.yaml'), 'utf8')) as Record<string, unknown>;
    expect(en['category']).toBe('utility');
    expect(en['meta']).toMatchObject({ category: 'SHIPPING_UPDATE', header: { format: 'DOCUMENT' }, footer: { text: 'Questions? Reply to this chat.' } });
    expect(r.err).toMatch(/warning .*legacy category SHIPPING_UPDATE imported as UTILITY.*\[import-category-mapped\]/);
    // No file is overwritten.
    expect((await cli(['import-meta', list, '--out', out], tmp)).code).toBe(2);
  });
  it('a webhook: exit 2 at the notification\'s line and column, saying what to do', async () => {
    const r = await cli(['import-meta', path.resolve('test/fixtures/meta/webhook.json')], tmp);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/webhook\.json:4:\d+: error: entry\[0\]\.changes\[0\]: .*"spring_boxes".*fetch it/);
  });
  it('a missing file: exit 2', async () => {
    expect((await cli(['import-meta', path.join(tmp, 'none.json')], tmp)).code).toBe(2);
  });
});
