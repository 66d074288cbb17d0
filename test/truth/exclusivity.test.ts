/**
 * "Only" against the whole project: a footer or policy that says data is used only for one purpose
 * is contradicted by another template's flow, and the renderer writes "only" just for the data no
 * flow of the project uses otherwise.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { variantWriter } from '../helpers/template-variant.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';

const ORG = path.join(EXAMPLES, 'organization.yaml');
const MARKETING = path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml');

const write = variantWriter('disclose-only-');

describe('exclusivity across the project', () => {
  it('a footer "only for order delivery" is contradicted by another template that uses the name for marketing', async () => {
    const file = write('only.yaml', (t) => (t.footer = 'We use your name only for order delivery. Privacy §5.2'));
    const alone = await cli(['check', file, '--region', 'eu', '--org', ORG, '--format', 'json']);
    expect((JSON.parse(alone.out) as Array<{ ruleId: string }>).filter((f) => f.ruleId === 'exclusivity-contradicted')).toEqual([]);
    const r = await cli(['check', file, MARKETING, '--region', 'eu', '--org', ORG, '--format', 'json']);
    const f = (JSON.parse(r.out) as Array<{ ruleId: string; messageId: string; message: string; data: Record<string, unknown> }>).filter((x) => x.ruleId === 'exclusivity-contradicted');
    expect(f.map((x) => x.messageId)).toEqual(['brokenElsewhere']);
    expect(f[0]!.message).toBe('the text restricts your name: "only for order delivery", but template "marketing_promotion" (flow "offers") uses it for marketing messages');
    expect(f[0]!.data['data']).toBe('user.name');
  });
  it('the generated clause keeps "only" for the data no other template uses', async () => {
    const file = write('exclusive.yaml', (t) => (t.flows[0].exclusive = true));
    const alone = await cli(['render', file, '--region', 'eu', '--org', ORG]);
    expect(alone.out).toMatch(/We use your name, phone number, and postal address only for order delivery\./);
    const both = await cli(['render', file, MARKETING, '--region', 'eu', '--org', ORG]);
    expect(both.out).toMatch(/We use your postal address only for order delivery\./);
    expect(both.out).not.toMatch(/We use your name[^.]*only for order delivery/);
  });
});
