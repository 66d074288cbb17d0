/**
 * The four BLOCKERs of the legal review (/work/notes/review-china-eu-ca.md): each sentence the
 * reviewer found false fails here if it comes back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BASE } from '../helpers/check-case.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';

const ORG = path.join(EXAMPLES, 'organization.yaml');
const T = (id: string) => path.join(EXAMPLES, 'templates', `${id}.yaml`);
const dir = mkdtempSync(path.join(tmpdir(), 'disclose-review-'));

async function render(file: string, region: string, ...more: string[]): Promise<string> {
  const r = await cli(['render', file, '--region', region, '--org', ORG, ...more]);
  expect(r.err).toBe('');
  return r.out;
}

describe('CN-1: no standard contract claimed for every recipient under one number', () => {
  it('china, every example: no organization-level filing, no SCC sentence; the Art. 3(2) fact and the Art. 39 lines instead', async () => {
    for (const id of ['appointment_reminder', 'marketing_promotion', 'one_time_passcode', 'order_shipped', 'payment_receipt', 'service_hours_notice', 'support_followup']) {
      const out = await render(T(id), 'china');
      expect(out).not.toContain('个人信息出境的法律依据');
      expect(out).not.toContain('沪网信备');
      expect(out).not.toContain('标准合同');
      expect(out).not.toContain('备案');
      // Item (1) with its condition, as the organization declares it (review-3 CN3-6).
      expect(out).toContain('为向您提供产品或者服务，位于德国的个人信息处理者 Nordlicht Commerce GmbH 直接收集您的个人信息');
      expect(out).toContain('（《个人信息保护法》第三条第二款第一项）');
    }
    const shipped = await render(T('order_shipped'), 'china');
    expect(shipped).toContain('境外接收方：SwiftShip Logistics，美国，联系方式：privacy@swiftship.example。');
  });

  // A declared standard contract is stated only with the organization's filing for that recipient
  // (china.exportFilings, brief item 6): the route and its number for it alone, never for the others.
  it('a recipient that declares the route, filed by the organization, gets it; the others do not; without the filing, none is stated', async () => {
    const raw = structuredClone(BASE) as Record<string, any>;
    raw.flows[0].transfer = { eu: 'scc', default: 'contract' };
    raw.flows[0].recipients.push({ type: 'recipient.service_provider.payment_processor', name: 'Undeclared Pay', country: 'US', contact: 'privacy@pay.example', transfer: { eu: 'scc', default: 'contract' } });
    const file = path.join(dir, 'declared.yaml');
    writeFileSync(file, stringify(raw));
    const orgRaw = parse(readFileSync(ORG, 'utf8')) as Record<string, any>;
    orgRaw['china'].exportFilings = [{ recipient: 'SwiftShip Logistics', route: 'standard_contract', authority: '上海市互联网信息办公室', number: 'TEST-0002' }];
    const filedOrg = path.join(dir, 'organization.yaml');
    writeFileSync(filedOrg, stringify(orgRaw));
    const r = await cli(['render', file, '--region', 'china', '--org', filedOrg]);
    expect(r.err).toBe('');
    const out = r.out;
    const scc = out.split('\n').filter((l) => l.includes('标准合同'));
    expect(scc).toHaveLength(2);
    for (const l of scc) expect(l).toContain('SwiftShip Logistics');
    expect(out.match(/编号：TEST-0002/g)).toHaveLength(1);
    expect(out).not.toContain('个人信息出境的法律依据');
    expect((await render(file, 'china')).split('\n').filter((l) => l.includes('标准合同'))).toEqual([]);
    const check = await cli(['check', file, '--region', 'china', '--org', filedOrg, '--format', 'json']);
    const f = (JSON.parse(check.out) as Array<{ ruleId: string; messageId: string; severity: string; data: Record<string, string> }>).filter((x) => x.ruleId === 'transfer-mechanism-missing');
    expect(f.map((x) => [x.messageId, x.severity])).toEqual([['outsideController', 'info']]);
    expect(f[0]!.data['who']).toContain('Undeclared Pay');
  });
});

describe('CN-2: separate consent only where it is recorded', () => {
  // The statutory verb and term (review E19): '我们向其他个人信息处理者或者境外接收方提供您的个人信息前，将取得您的单独同意（…）'.
  const SENTENCE = '将取得您的单独同意（《个人信息保护法》第二十三条、第二十九条、第三十九条）';
  it('contract-based templates claim no separate consent', async () => {
    // service_hours_notice rests on consent (channelBasis) and its record lists separate consents: below (review N2).
    for (const id of ['order_shipped', 'one_time_passcode', 'support_followup', 'payment_receipt']) {
      expect(await render(T(id), 'china'), id).not.toContain('单独同意');
    }
    // Bank-card data on a contract: its necessity is stated, no separate consent is claimed.
    expect(await render(T('payment_receipt'), 'china')).toContain('敏感个人信息（银行卡信息）是完成支付结算所必需的。');
  });
  it('templates whose flows or consent record declare consent.separate keep it, citing only the articles that apply (review N1, N2)', async () => {
    expect(await render(T('appointment_reminder'), 'china')).toContain(SENTENCE.replace('第二十三条、', ''));
    for (const id of ['marketing_promotion', 'service_hours_notice']) expect(await render(T(id), 'china')).toContain(SENTENCE.replace('、第二十九条', ''));
  });
});

describe('AO: invoice copies 8 years from the end of the calendar year (§ 147 Abs. 1 Nr. 4, Abs. 3, 4 AO)', () => {
  it('every region and locale: no 10 years from the transaction', async () => {
    const out = [await render(T('payment_receipt'), 'eu', '--all-locales'), await render(T('payment_receipt'), 'california', '--all-locales'), await render(T('payment_receipt'), 'china'), await render(T('payment_receipt'), 'sea', '--all-locales')].join('\n');
    expect(out).not.toMatch(/10 years|10 Jahre|10 ans|10 años|10 anni|10 jaar|10 lat|保存10年/);
    // The invoice carries the postal address too (§ 14 Abs. 4 Nr. 1 UStG; review 3 EU-m9).
    // On our invoice copies, and longer while they matter for taxes whose assessment period has not expired (§ 147 Abs. 3
    // Satz 5 AO; review 3 EU-m6; stop 27 clause audit 4: was "a tax assessment that is still open").
    expect(out).toMatch(/We keep your name(, postal address,)? and transaction details on our invoice copies for 8 years from the end of the calendar year of the transaction, or longer while they matter for taxes whose assessment period is still running, as required by section 147\(1\) no\. 4, \(3\) and \(4\) of the German Fiscal Code \(Abgabenordnung, AO\)/);
    expect(out).toContain('8 Jahre ab Ende des Kalenderjahres der Transaktion');
    expect(out).toContain('§ 147 Abs. 1 Nr. 4, Abs. 3 und 4 der Abgabenordnung (AO)');
    // China words it with its purpose and the extension as a sentence of its own (review 5 CN5-2, CN5-12).
    expect(out).toContain('为进行税务和会计记账，自交易发生的日历年度结束之日起，我们在发票副本中将您的姓名、通信地址和交易信息保存8年');
  });
});

describe('CA-2: "share" is kept for cross-context behavioral advertising', () => {
  it('a disclosure to a courier reads "disclose", next to "We do not sell or share"', async () => {
    const out = await render(T('order_shipped'), 'california');
    expect(out).not.toMatch(/We share your [^.]* with courier/);
    expect(out).toContain('We disclose your name, phone number, and postal address to courier SwiftShip Logistics (United States) for order delivery.');
    expect(out).toContain('We do not sell or share your name');
  });
  it('real CCPA sharing still says it is shared for advertising', async () => {
    const out = await render(T('marketing_promotion'), 'california');
    // Review 3 CA-A: AdReach Media is declared sold (a third party for cross-context behavioral advertising), so the sentence says both.
    expect(out).toMatch(/We sell and share your [^.]* with advertising partner AdReach Media \(United States\) for cross-context/);
  });
  it('every en region: no "We share your … with" for a disclosure to a service provider', async () => {
    for (const region of ['eu', 'sea', 'california']) {
      const out = await render(T('payment_receipt'), region);
      expect(out).not.toContain('We share your');
      expect(out).toContain('to payment processor Stripe Payments Europe');
    }
  });
});
