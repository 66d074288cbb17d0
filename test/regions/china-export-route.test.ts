/**
 * China: the route of each overseas recipient (PIPL Art. 38(1)) is stated per recipient, as filed
 * (review CN-1, brief item 6). A recipient that declares a CAC route (`transfer: { china: … }`) gets
 * it in the clause only with the organization's filing for it (china.exportFilings: authority and
 * number as issued); declared without a filing, no route is stated and the reviewer sees why; the
 * contract-necessity exemption of the 2024 Provisions Art. 5(1)(1) is stated for flows on a contract.
 * Recipients that declare nothing keep the unsettled info note.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseOrganization } from '../../src/load/organization.js';
import type { Organization, Template, TransferSpec } from '../../src/model/types.js';
import { EXAMPLES, examples } from '../helpers/examples.js';
import { cli } from '../helpers/cli.js';

const { catalog, org, templates, renderer } = examples();
const cn = catalog.region('china');
const FILING = { recipient: 'SwiftShip Logistics', route: 'standard_contract' as const, authority: '上海市互联网信息办公室', number: 'TEST-0001' };
const filed: Organization = { ...org, china: { ...org.china, exportFilings: [FILING] } };

/** A template with one recipient's transfer spec replaced. */
function declaring(id: string, recipient: string, transfer: TransferSpec): Template {
  const t = templates.find((x) => x.id === id)!;
  return { ...t, flows: t.flows.map((f) => ({ ...f, recipients: f.recipients.map((r) => (r.name === recipient ? { ...r, transfer } : r)) })) };
}

describe('china: the route per overseas recipient, as filed', () => {
  it('a recipient that declares a standard contract the organization filed: the route, its authority and number, for that recipient only', () => {
    const res = renderer.render(declaring('order_shipped', 'SwiftShip Logistics', { china: 'cac_standard_contract' }), cn, 'zh-CN', filed);
    const text = res.clause.text;
    expect(text).toContain('我们依据与境外接收方订立并已向所在地省级网信部门备案的个人信息出境标准合同（《个人信息保护法》第三十八条第一款第三项），将您的以下信息传输至快递公司 SwiftShip Logistics（美国）：姓名、手机号码和通信地址。');
    expect(text).toContain('境外接收方 SwiftShip Logistics 的出境条件：已按照国家网信部门制定的标准合同与该境外接收方订立合同，并已向所在地省级网信部门备案（上海市互联网信息办公室，编号：TEST-0001；《个人信息保护法》第三十八条第一款第三项）。');
    // One number, one recipient: no other recipient is said to rest on it.
    expect(text.match(/TEST-0001/g)).toHaveLength(1);
    expect(text).not.toMatch(/传输至消息服务商 Meta Platforms Ireland Limited（爱尔兰）[^。]*标准合同|标准合同[^。]*Meta Platforms/);
    expect(res.unresolvedTransfers.map((u) => u.recipient)).not.toContain('SwiftShip Logistics');
    expect(res.unresolvedTransfers.map((u) => u.recipient)).toContain('Meta Platforms Ireland Limited');
    expect(res.clause.elements.find((e) => e.id === 'export_filing')).toMatchObject({ written: true, citation: '《个人信息保护法》第三十八条第一款' });
  });

  it('a route declared without the organization\'s filing is not stated; the reviewer is told why', () => {
    const res = renderer.render(declaring('order_shipped', 'SwiftShip Logistics', { china: 'cac_standard_contract' }), cn, 'zh-CN', org);
    expect(res.clause.text).not.toContain('标准合同');
    // Without a route the recipient is stated in the recipient list only, not again as a bare transfer (review-3 CN3-3).
    expect(res.clause.text).not.toContain('我们将您的以下信息传输至');
    expect(res.clause.text).toContain('为配送订单，我们委托快递公司 SwiftShip Logistics（美国）处理您的以下信息：姓名、手机号码和通信地址（《个人信息保护法》第二十一条）。');
    const u = res.unresolvedTransfers.find((x) => x.recipient === 'SwiftShip Logistics')!;
    expect(u).toMatchObject({ reason: 'unsettled' });
    expect(u.note).toMatch(/no standard_contract for it \(china\.exportFilings/);
  });

  it('the filing of another route or recipient does not count', () => {
    const other: Organization = { ...org, china: { ...org.china, exportFilings: [{ ...FILING, route: 'certification' }, { ...FILING, recipient: 'Zendesk' }] } };
    const res = renderer.render(declaring('order_shipped', 'SwiftShip Logistics', { china: 'cac_standard_contract' }), cn, 'zh-CN', other);
    expect(res.clause.text).not.toContain('标准合同');
    expect(res.clause.text).not.toContain('出境条件');
  });

  it('the contract-necessity exemption (2024 Provisions Art. 5(1)(1)) is stated for a flow on a contract, never for one on consent', () => {
    const pay = renderer.render(declaring('payment_receipt', 'Stripe Payments Europe', { china: 'contract_performance' }), cn, 'zh-CN', org).clause.text;
    expect(pay).toContain('我们依据为订立、履行您作为一方当事人的合同确需向境外提供个人信息的情形（《促进和规范数据跨境流动规定》第五条第一款第一项；《网络数据安全管理条例》第三十五条第四项），将您的以下信息传输至支付服务商 Stripe Payments Europe（爱尔兰）：姓名、电子邮箱地址和交易信息。');
    // The card is entered with Stripe, which receives it directly (9016a74, review 7 CN7-2): not in what we transfer.
    expect(pay).toContain('银行卡信息由您直接填写在 Stripe Payments Europe 的输入栏中，由 Stripe Payments Europe 直接接收，而非经由我们的系统。');
    const reminder = renderer.render(declaring('appointment_reminder', 'Sinch Sweden', { china: 'contract_performance' }), cn, 'zh-CN', org);
    expect(reminder.clause.text).not.toContain('确需向境外提供');
    expect(reminder.unresolvedTransfers.find((u) => u.recipient === 'Sinch Sweden')?.reason).toBe('unsettled');
  });

  it('the shipped examples declare no CAC route: every recipient keeps the unsettled note, no filing line is written', () => {
    for (const t of templates) {
      const res = renderer.render(t, cn, 'zh-CN', org);
      expect(res.clause.text, t.id).not.toMatch(/出境条件|标准合同|编号：/);
    }
  });

  it('check: the filed route reads back as written (no wording-roundtrip finding), exit 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclose-cn-route-'));
    const raw = parse(readFileSync(path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), 'utf8')) as { flows: Array<{ recipients?: Array<{ name?: string; transfer?: unknown }> }> };
    for (const f of raw.flows) for (const r of f.recipients ?? []) if (r.name === 'SwiftShip Logistics') r.transfer = { china: 'cac_standard_contract', default: 'contract' };
    writeFileSync(path.join(dir, 'order_shipped.yaml'), stringify(raw));
    const o = parse(readFileSync(path.join(EXAMPLES, 'organization.yaml'), 'utf8')) as Record<string, any>;
    o['china'].exportFilings = [FILING];
    writeFileSync(path.join(dir, 'organization.yaml'), stringify(o));
    const res = await cli(['check', path.join(dir, 'order_shipped.yaml'), '--region', 'china', '--format', 'json']);
    const findings = (JSON.parse(res.out) as Array<{ ruleId: string; severity: string; data?: { recipient?: string } }>);
    expect(findings.filter((f) => f.severity !== 'info'), res.out).toEqual([]);
    expect(res.code).toBe(0);
  });

  it('the organization file: one filing per recipient and route, each with authority and number', () => {
    const base = readFileSync(path.join(EXAMPLES, 'organization.yaml'), 'utf8');
    const withFilings = (items: string) => base.replace('china:\n', `china:\n  exportFilings:\n${items}`);
    const item = '    - { recipient: SwiftShip Logistics, route: standard_contract, authority: 上海市互联网信息办公室, number: TEST-0001 }\n';
    expect(parseOrganization(withFilings(item), 'org.yaml').china?.exportFilings).toEqual([FILING]);
    expect(() => parseOrganization(withFilings(item + item), 'org.yaml')).toThrow(/lists standard_contract for "SwiftShip Logistics" twice/);
    expect(() => parseOrganization(withFilings('    - { recipient: SwiftShip Logistics, route: standard_contract, authority: 上海市互联网信息办公室 }\n'), 'org.yaml')).toThrow(/number/);
  });
});
