/**
 * The flows table of the review pack states per region what the clause states: the route a
 * recipient's transfer rests on, or that none is stated and why — never a mechanism the flow
 * declares (`default: contract`) that the region's law does not offer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { copyExamples } from '../helpers/tree.js';
import { examples } from '../helpers/examples.js';
import { flowViews } from '../../src/export/flow-view.js';
import { escapeHtml } from '../../src/export/html-escape.js';
import type { Project, Target } from '../../src/project.js';

describe('flows table: transfer routes as the clause states them', () => {
  it('order_shipped: no declared-but-invalid route, storage abroad named, regions without transfer rules say so', async () => {
    const dir = copyExamples();
    const r = await cli(['export', 'templates', '--out', 'pack', '--regions', 'eu,california,china,vn', '--format', 'html,json', '--quiet'], dir);
    expect(r.code, r.err).toBe(0);
    // The table as the flows' page is made from it (pack format 7: a file of the pack by the hash of its bytes, linked from the template's page).
    const { catalog, org, templates, renderer } = examples();
    const targets: Target[] = ['eu', 'california', 'china', 'vn'].map((id) => ({ region: catalog.region(id), locale: catalog.region(id).locales[0]! }));
    const rows = flowViews({ catalog, org, renderer } as unknown as Project, templates.find((t) => t.id === 'order_shipped')!, targets);
    const flows = /<a href="\.\.\/(flows\/([0-9a-f]{16})\.html)">/.exec(readFileSync(path.join(dir, 'pack', 'pages', 'order_shipped.html'), 'utf8'))!;
    const page = readFileSync(path.join(dir, 'pack', flows[1]!), 'utf8');
    for (const row of rows) for (const t of row.transfer) expect(page, `${row.id} ${t.region}`).toContain(`<li><span class="muted">${t.region}:</span> ${escapeHtml(t.text)}</li>`);
    const stored = JSON.parse(readFileSync(path.join(dir, 'pack', 'data', 'order_shipped.json'), 'utf8'));
    expect(stored).not.toHaveProperty('flowTable');
    // The record names its flows in texts.json, which names the page (the table is the page's alone).
    expect(JSON.parse(readFileSync(path.join(dir, 'pack', 'texts.json'), 'utf8')).flows[stored.flows]).toMatchObject({ page: flows[1] });
    const at = (flow: string, region: string) => rows.find((x) => x.id === flow)!.transfer.find((t) => t.region === region)!.text;
    // China offers no "contract" route: the declared default is shown as not stated, with why.
    // Our own storage in Germany is named as the clause states it (review 7 TH7-4(b)), not left out.
    expect(at('delivery', 'china')).toMatch(/^SwiftShip Logistics: none stated: "contract" declared, not a route here \(not-accepted\); our own establishment in Germany \(DE\): stored there by us/);
    expect(at('delivery', 'eu')).toMatch(/^SwiftShip Logistics: the standard contractual clauses .*\(Art\. 46\(2\)\(c\) GDPR\)$/);
    // The CCPA has no transfer rule; the data are stored in Germany and go to the US (review 8 CA8-2: not 'no transfer out of the region').
    expect(at('delivery', 'california')).toBe('CCPA: no transfer rule; storage places and recipients as the clause states: ours in Germany (DE); SwiftShip Logistics in United States (US)');
    // Meta Platforms Ireland is inside the EEA, but it stores the data in the United States.
    expect(at('whatsapp_cloud_api', 'eu')).toMatch(/^Meta Platforms Ireland Limited, stored in United States \(US\): /);
    // Vietnam names no route per transfer: its one route is stated once in the clause. Its storage sentence is one
    // over all the clause's data, quoted as such (review 8 VN8-3: no per-flow sentence the clause does not state).
    expect(at('delivery', 'vn')).toMatch(/^SwiftShip Logistics: the region's one route for every transfer, stated once in the clause; our own establishment in Germany \(DE\): stored there by us, as the clause's one storage sentence for Germany \(DE\) states \(its list covers every flow we store there\): ".*điểm c khoản 1 Điều 20/);
    for (const row of rows) for (const t of row.transfer.filter((x) => x.region === 'china')) expect(t.text).not.toMatch(/obliges the recipient/);
  });
});
