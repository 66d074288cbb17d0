/**
 * Thai writes no full stop: a sentence ends at a line break or a space (src/policy/clause-breaks.ts,
 * reader.yaml policy.clauseBreaks). A numbered purpose whose continuation lines each say something of
 * their own (the courier and its data; then how long the courier keeps them) was read as one sentence
 * from the number's line, so the period was cited at the wrong line and bound with the other clauses
 * (held-out-10 khrueang-ngoen-wua-lai; held-out-9 khlinik-phiwnang). In a paragraph, a space before words
 * with a predicate of their own ("…จะถูกลบภายใน 180 วัน…", will be deleted within 180 days) ends the
 * clause before it, while a list of data ("ชื่อ ที่อยู่ และหมายเลขโทรศัพท์") stays one sentence (held-out-7
 * krua-baan-suan). Policies in our own words, checked against examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('thai-clause-breaks-');
const TH = ['--region', 'th', '--locale', 'th'];

describe('Thai sentences without full stops', () => {
  it('plain text: a continuation line that starts a new clause is a sentence of its own', async () => {
    const findings = await check('pha-mai.th.txt', [
      'นโยบายความเป็นส่วนตัว ร้านผ้าไหมริมน้ำ', // 1
      '', // 2
      '3. การใช้ข้อมูล', // 3
      '3.1 บรรจุสินค้าตามคำสั่งซื้อ', // 4
      '3.2 การจัดส่ง: เมื่อสินค้าพร้อมส่ง เราส่งพัสดุผ่าน', // 5
      'SwiftShip Logistics ซึ่งได้รับชื่อ ที่อยู่จัดส่ง และเบอร์โทรศัพท์ของคุณ', // 6
      'SwiftShip ลบข้อมูลเหล่านี้ภายใน 180 วันหลังจากจัดส่งสำเร็จ', // 7
    ].join('\n'), TH);
    // The sentence that ends "ผ่าน" (via) runs on into the next line: the courier and its data are one sentence.
    expect(one(findings, 'delivery', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
    // "SwiftShip ลบ…" starts a sentence of its own: the period is cited at its own line.
    expect(one(findings, 'delivery', 'retention')).toMatchObject({ line: 7, data: { class: 'clear' } });
  });

  it('html: a space before a clause with its own predicate ends the sentence; a list of data does not', async () => {
    const findings = await check('pha-mai.th.html', [
      '<html lang="th"><body>', // 1
      '<h1>นโยบายความเป็นส่วนตัว</h1>', // 2
      '<h2>ผู้รับข้อมูล</h2>', // 3
      '<p>เราส่งชื่อ ที่อยู่ และหมายเลขโทรศัพท์ของท่านให้ SwiftShip Logistics ซึ่งมีสำนักงานใหญ่อยู่ที่สหรัฐอเมริกา เพื่อจัดส่งพัสดุ</p>', // 4
      '<h2>การส่งข้อมูลไปต่างประเทศ</h2>', // 5
      '<p>ระบบร้านค้าของเราจัดเก็บไว้บนเซิร์ฟเวอร์ในประเทศเยอรมนี ผู้ให้บริการบางรายของเราอาจตั้งอยู่นอกประเทศไทย</p>', // 6
      '</body></html>', // 7
    ].join('\n'), TH);
    // The list of data stays one sentence with its verb and the courier.
    expect(one(findings, 'delivery', 'recipients')).toMatchObject({ line: 4, data: { class: 'clear' } });
    // "…อาจตั้งอยู่นอกประเทศไทย" (may be outside Thailand) is a clause of its own: our servers in Germany are
    // still where we keep the data, and with the courier's seat the transfers are disclosed.
    expect(one(findings, 'delivery', 'transfers').data.class).toBe('clear');
  });

  it('"เก็บ … ไว้" with the data between is a verb of keeping; with a place and no period, of storing', async () => {
    const findings = await check('pha-mai-meta.th.txt', [
      'นโยบายความเป็นส่วนตัว ร้านผ้าไหมริมน้ำ', // 1
      '', // 2
      'ข้อ 4 การแจ้งเตือนทาง WhatsApp', // 3
      'เราแจ้งสถานะพัสดุทาง WhatsApp ผ่าน Meta Platforms Ireland Limited ประเทศไอร์แลนด์ ซึ่งได้รับหมายเลขโทรศัพท์และข้อความ', // 4
      'Meta เก็บข้อความไว้บนระบบในสหรัฐอเมริกา', // 5
    ].join('\n'), TH);
    expect(one(findings, 'whatsapp_cloud_api', 'transfers').data.class).toBe('clear');
  });

  it('"เป็นไปตาม" (is in accordance with) is a predicate: the clause on transfers abroad is not the storing one', async () => {
    const findings = await check('pha-mai-dc.th.html', [
      '<html lang="th"><body>', // 1
      '<h2>ผู้รับข้อมูล</h2>', // 2
      '<p>เราส่งชื่อ ที่อยู่ และหมายเลขโทรศัพท์ของท่านให้ SwiftShip Logistics ซึ่งมีสำนักงานใหญ่อยู่ที่สหรัฐอเมริกา เพื่อจัดส่งพัสดุ</p>', // 3
      '<p>ระบบร้านค้าของเราจัดเก็บไว้ที่ศูนย์ข้อมูลในประเทศเยอรมนี การส่งข้อมูลไปยังผู้รับในต่างประเทศเป็นไปตามสัญญากับผู้รับแต่ละราย</p>', // 4
      '</body></html>', // 5
    ].join('\n'), TH);
    expect(one(findings, 'delivery', 'transfers').data.class).toBe('clear');
  });
});
