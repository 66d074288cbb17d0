import { mkdtempSync, writeFileSync } from 'node:fs';
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
  it('a missing file: exit 2', async () => {
    expect((await cli(['import-meta', path.join(tmp, 'none.json')], tmp)).code).toBe(2);
  });
});
