/**
 * Issue 18, held-out set 3 cause A4: where a flow's recipient is ("is located in", "hat seinen Sitz
 * in", "está en", "berkedudukan di", "位于") is where the data it gets goes — a transfer, with the
 * mechanism the sentence or the next one names (policy.mechanisms: "standard contractual clauses",
 * "Standardvertragsklauseln", "cláusulas contractuales tipo"), wherever the sentence stands, not
 * only in a section on transfers. A plain-text "§ 6 Title" line is a heading. Policies in our own
 * words, checked against examples/templates/order_shipped.yaml (courier SwiftShip Logistics in the
 * US under the standard contractual clauses for the EU; Meta for WhatsApp).
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy/document.js';
import { readOutline } from '../../src/policy/outline.js';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('recipient-seat-');

describe('a recipient placed somewhere is the transfer there', () => {
  it('English: "is located in" outside a section on transfers, with the mechanism in the next sentence', async () => {
    const fs = await check('larkspur.md', [
      '# Larkspur Candles: your privacy', // 1
      '', // 2
      '## Who gets your data', // 3
      '', // 4
      '- Our courier SwiftShip Logistics receives your name, postal address and phone number to bring your parcel.', // 5
      '- Meta Platforms Ireland Limited receives your phone number and the order messages we send on WhatsApp.', // 6
      '', // 7
      '## About the companies we work with', // 8
      '', // 9
      'SwiftShip Logistics is located in the United States. We rely on standard contractual clauses for what we send it.', // 10
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 10, data: { class: 'clear' } });
    // Ireland in Meta's name is no place; nothing is said of where Meta keeps the data.
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).toBe('omitted');
  });

  it('German: a seat with a mechanism named in words is clear; another mechanism is against the flow', async () => {
    const lines = (mechanism: string) => [
      'DATENSCHUTZHINWEISE DER KERZENWERKSTATT', // 1
      '', // 2
      '§ 1 Empfänger', // 3
      '', // 4
      'Der Paketdienst SwiftShip Logistics erhält Ihren Namen, Ihre Anschrift und Ihre Telefonnummer.', // 5
      '', // 6
      '§ 2 Partner', // 7
      '', // 8
      `SwiftShip Logistics hat seinen Sitz in den USA; diese Übermittlung beruht auf ${mechanism}.`, // 9
    ].join('\n');
    const scc = await check('kerzen.txt', lines('den Standardvertragsklauseln'), ['--region', 'eu', '--locale', 'de']);
    expect(one(scc, 'delivery', 'transfers')).toMatchObject({ line: 9, data: { class: 'clear' } });
    const dpf = await check('kerzen-dpf.txt', lines('dem EU-US Data Privacy Framework'), ['--region', 'eu', '--locale', 'de']);
    expect(one(dpf, 'delivery', 'transfers')).toMatchObject({ line: 9, data: { class: 'incorrect' } });
  });

  it('Spanish: "está en" and "cláusulas contractuales tipo"', async () => {
    const fs = await check('velas.md', [
      '# Privacidad en Velas Norte', // 1
      '', // 2
      '## Con quién compartimos datos', // 3
      '', // 4
      'SwiftShip Logistics, nuestra empresa de mensajería, recibe tu nombre, tu dirección postal y tu teléfono.', // 5
      'SwiftShip Logistics está en Estados Unidos; le enviamos los datos con cláusulas contractuales tipo.', // 6
    ].join('\n'), ['--region', 'eu', '--locale', 'es']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 6, data: { class: 'clear' } });
  });

  it('Indonesian: "berkedudukan di" and data "dikirim ke" a country; other providers "di luar negeri" are no place of this flow', async () => {
    const fs = await check('lilin.md', [
      '# Kebijakan Privasi Toko Lilin', // 1
      '', // 2
      '## Pengungkapan data', // 3
      '', // 4
      'Kurir kami menerima nama, alamat, dan nomor telepon Anda untuk mengantarkan pesanan.', // 5
      '', // 6
      '## Data ke luar negeri', // 7
      '', // 8
      'Server kami berada di Jerman.', // 9
      'SwiftShip Logistics berkedudukan di Amerika Serikat, dan nama, alamat, serta nomor telepon Anda dikirim ke Amerika Serikat.', // 10
      'Penyedia layanan kami yang lain berada di luar negeri.', // 11
    ].join('\n'), ['--region', 'id', '--locale', 'id']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 10, data: { class: 'clear' } });
  });

  it('Chinese: "位于" after the courier\'s name', async () => {
    const fs = await check('lazhu.md', [
      '# 蜡烛工坊隐私政策', // 1
      '', // 2
      '## 我们如何共享您的个人信息', // 3
      '', // 4
      '我们向快递公司 SwiftShip Logistics 提供您的姓名、收货地址和手机号码。SwiftShip Logistics 位于美国。', // 5
      '', // 6
      '## 跨境传输', // 7
      '', // 8
      '我们的服务器位于德国。', // 9
    ].join('\n'), ['--region', 'china', '--locale', 'zh-CN']);
    // Clear: the courier's place (line 5) and our servers in Germany (line 9, where it points: the section on transfers).
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 9, data: { class: 'clear' } });
  });
});

describe('plain text', () => {
  it('"§ 6 Übermittlung in Drittländer" on its own line is a heading', () => {
    const doc = parsePolicy(['DATENSCHUTZ', '', '§ 6 Übermittlung in Drittländer', '', 'Unsere Server stehen in Deutschland.'].join('\n'), 'x.txt');
    const units = readOutline(doc).units;
    expect(units.find((u) => u.text.startsWith('§ 6'))?.kind).toBe('heading');
    expect(units.find((u) => u.text.startsWith('Unsere'))?.kind).toBe('paragraph');
  });
});
