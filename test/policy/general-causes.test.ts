/**
 * The general causes behind the corpus's false positives and negatives (issue 18), each on a
 * policy in our own words: a list item's own words decide its data and its negation (not the
 * lead-in's), a denial or a safekeeping sentence is no retention period, a defined term in
 * capitals ("Data Pribadi Pengguna") is a phrase, not a company name, and "atas nama" (on behalf
 * of) names no one. Checked against examples/templates/order_shipped.yaml (courier flow
 * `delivery`: name, phone number, postal address; WhatsApp's `whatsapp_cloud_api`: phone number
 * and message content).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';
import { organizationNames } from '../../src/policy/names.js';
import { loadCatalog } from '../../src/load/catalog.js';

const checker = policyChecker('general-causes-');
const { one } = checker;
/** The findings on a flow (the region's whole-policy findings left out). */
const check = async (name: string, text: string, args: string[]) => (await checker.check(name, text, args)).filter((f) => f.data?.flow);

describe('a list item is read by its own words', () => {
  it('an item on the messages you send us speaks of messages, not of the data its lead-in names', async () => {
    const fs = await check('items.md', [
      '# Privacy at Example Shop', // 1
      '', // 2
      '## What we collect', // 3
      '', // 4
      'The information we may collect is listed below:', // 5
      '', // 6
      '- **Your account** - your name and address when you register.', // 7
      '- **Your messages** - when you write to us, we may keep those communications to answer you.', // 8
      '', // 9
      '## Security', // 10
      '', // 11
      'The servers that hold your information are kept in a locked data centre.', // 12
      '', // 13
      '## Sharing', // 14
      '', // 15
      'We pass your details on to delivery services that bring your order. These services do not retain your personal data for their own use.', // 16
    ].join('\n'), ['--region', 'eu']);
    // "keep those communications": the message content, kept for no stated period.
    expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 8, data: { class: 'vague' } });
    // Nothing says how long the courier's data (name, phone, address) is kept: not the messages item,
    // not "kept in a locked data centre" (security), not "do not retain" (a denial).
    expect(one(fs, 'delivery', 'retention').data.class).toBe('omitted');
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 16, data: { class: 'vague' } });
  });

  it('the items under "we do not disclose …, except in these cases:" are disclosures, not denials', async () => {
    const fs = await check('exceptions.md', [
      '# Privacy at Example Shop', // 1
      '', // 2
      '## Who we share your details with', // 3
      '', // 4
      'We do not disclose your personal data to other parties, except in these cases:', // 5
      '', // 6
      '1. we disclose your personal data to delivery services so that they can bring your order;', // 7
      '2. we disclose your personal data to the authorities when the law requires it.', // 8
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 7, data: { class: 'vague' } });
  });

  it('a lead-in that denies without exception still denies its items', async () => {
    const fs = await check('never.md', [
      '# Privacy at Example Shop', // 1
      '', // 2
      '## Who we share your details with', // 3
      '', // 4
      'We never pass your details on to:', // 5
      '', // 6
      '- advertisers,', // 7
      '- delivery services.', // 8
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients').data.class).toBe('incorrect');
  });
});

describe('Indonesian: defined terms and "atas nama"', () => {
  const id = loadCatalog().locale('id');
  it('"Data Pribadi Pengguna" in capitals is the reader\'s phrase, not a company name', () => {
    const text = 'Kami dapat menyediakan Data Pribadi Pengguna kepada Mitra Logistik Nusantara.';
    const spans = organizationNames(text, id).map(([s, e]) => text.slice(s, e));
    expect(spans).not.toContain('Data Pribadi Pengguna');
  });
  it('items under a qualified denial disclose to partners, and "atas nama" reads no name', async () => {
    const fs = await check('kebijakan.html', [
      '<html><body>', // 1
      '<h2>Kebijakan Privasi Toko Contoh</h2>', // 2
      '<h3>Pengungkapan Data Pribadi</h3>', // 3
      '<ol>', // 4
      '<li>Kami tidak mengungkapkan Data Pribadi Pengguna kepada pihak ketiga, kecuali dalam hal berikut:', // 5
      '<ol type="a">', // 6
      '<li>kami dapat menyediakan Data Pribadi Pengguna kepada mitra yang membantu pengiriman barang;</li>', // 7
      '<li>kami dapat membagikan Data Pribadi Pengguna kepada afiliasi yang memproses data untuk dan atas nama kami.</li>', // 8
      '</ol></li>', // 9
      '</ol>', // 10
      '</body></html>', // 11
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 7, data: { class: 'vague' } });
  });
});

describe('a flow\'s own claims', () => {
  it('the phone number kept "up to 30 days" is WhatsApp\'s flow\'s, not the courier\'s kept 180 days', async () => {
    const { findings: fs } = await checker.checkText('nothing.md', ['# Privacy at Example Shop', '', 'We pass your details on to delivery services that bring your order.'].join('\n'), ['--region', 'eu']);
    const claim = (flow: string) => onFlow(fs, flow, 'retention')[0]?.data.claim ?? '';
    expect(claim('delivery')).toContain('retain user.contact.phone_number for 180 days');
    expect(claim('delivery')).not.toContain('30 days');
    expect(claim('whatsapp_cloud_api')).toContain('retain user.contact.phone_number for up to 30 days');
  });
});

describe('zh-CN: a restriction on processors is no denial', () => {
  it('"我们不允许合作伙伴进行转委托" (partners may not sub-entrust) does not deny the courier flow', async () => {
    const fs = await check('zh.md', [
      '# 隐私政策', // 1
      '', // 2
      '## 我们如何共享您的信息', // 3
      '', // 4
      '我们会将您的姓名、电话号码和收货地址提供给快递服务商，用于配送您的订单。', // 5
      '', // 6
      '我们不允许合作伙伴进行转委托。', // 7
    ].join('\n'), ['--region', 'china']);
    const d = one(fs, 'delivery', 'recipients');
    expect(d.line).toBe(5);
    expect(['clear', 'vague']).toContain(d.data.class);
  });
});
