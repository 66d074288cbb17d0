/**
 * The remaining Southeast Asia review points before each member's lawyer signs off (issue 17,
 * review-sea): VN-4 (Điều 28 khoản 3: the frequency of the advertising, from the template's
 * `frequency`, and khoản 3, 5 and 8 điểm b cited), the Vietnamese name of Ireland, Singapore's
 * "First Schedule to the PDPA", the Philippine definition of sensitive personal information
 * (s.3(l)), Malaysia's statutory term "sensitive personal data" in both versions, a Latin name set
 * against Thai text, and the California-only sentences in locales California is not written in.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/load/template.js';
import { Localizer } from '../../src/render/localizer.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES, examples } from '../helpers/examples.js';
import { element, find, linesWith, renderMember } from './sea-members.js';

const VN_LAW = 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15';
const MARKETING = path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml');
const MARKETING_TEXT = readFileSync(MARKETING, 'utf8');
const WITHOUT_FREQUENCY = MARKETING_TEXT.replace(/^frequency:.*\n/m, '');

function renderMarketingVn(text: string) {
  const { catalog, org, renderer } = examples();
  const t = parseTemplate(text, MARKETING, catalog.taxonomy, catalog.channels);
  return renderer.render(t, catalog.region('vn'), 'vi', org);
}

describe('VN-4: the advertising sentence states the template\'s frequency (Điều 28 khoản 3)', () => {
  it('the example declares once a month, as its purpose says, and the sentence states it with khoản 3, 5 and 8 điểm b', () => {
    expect(MARKETING_TEXT).toMatch(/^purpose: >-\n {2}Once a month/m);
    expect(MARKETING_TEXT).toMatch(/^frequency: \{ count: 1, per: month \}$/m);
    const line = linesWith(renderMarketingVn(MARKETING_TEXT).clause.text, 'quảng cáo');
    expect(line.filter((l) => l.includes('Điều 28'))).toEqual([
      // Since review-3 VN3-2: stopping the ads and refusing the sharing are two sentences.
      `Chúng tôi gửi tin nhắn quảng cáo cho bạn qua WhatsApp tối đa 1 lần mỗi tháng. Bạn có thể yêu cầu ngừng nhận thông tin quảng cáo bất cứ lúc nào bằng cách trả lời "TC" hoặc "STOP" hoặc gửi email đến dpo@nordlicht.example; khi đó chúng tôi sẽ ngừng gửi quảng cáo cho bạn. Bạn cũng có thể từ chối việc chia sẻ dữ liệu của bạn với đối tác quảng cáo AdReach Media bằng cách liên hệ dpo@nordlicht.example; khi đó chúng tôi sẽ ngừng chia sẻ dữ liệu của bạn cho mục đích quảng cáo (khoản 3, khoản 5 và điểm b khoản 8 Điều 28 ${VN_LAW}).`,
    ]);
  });

  it('another frequency is stated as declared, never taken from the purpose text', () => {
    const weekly = MARKETING_TEXT.replace('frequency: { count: 1, per: month }', 'frequency: { count: 2, per: week }');
    const text = renderMarketingVn(weekly).clause.text;
    expect(text).toContain('qua WhatsApp tối đa 2 lần mỗi tuần.');
    expect(text).not.toContain('mỗi tháng');
  });

  it('without a frequency the sentence names none, and check reports the Vietnamese element at the template', async () => {
    const r = renderMarketingVn(WITHOUT_FREQUENCY);
    expect(r.clause.text).not.toMatch(/lần mỗi|tần suất|mỗi tháng/);
    expect(r.clause.elements.find((e) => e.id === 'advertising_frequency')).toMatchObject({ written: false, missing: ['template.frequency'] });
    // The refusal is still written (khoản 3 second limb, khoản 5, khoản 8 điểm b).
    expect(r.clause.elements.find((e) => e.id === 'advertising_refusal')).toMatchObject({ written: true });
    expect(linesWith(r.clause.text, 'ngừng nhận thông tin quảng cáo')[0]).toMatch(/^Bạn có thể yêu cầu ngừng nhận/);

    const dir = mkdtempSync(path.join(tmpdir(), 'disclose-vn-frequency-'));
    const file = path.join(dir, 'marketing_promotion.yaml');
    writeFileSync(file, WITHOUT_FREQUENCY);
    const res = await cli(['check', file, '--region', 'vn', '--org', path.join(EXAMPLES, 'organization.yaml'), '--format', 'json']);
    expect(res.code).toBe(1);
    const findings = JSON.parse(res.out) as Array<{ ruleId: string; messageId: string; message: string; file: string; line: number }>;
    const missing = findings.filter((f) => f.ruleId === 'region-element-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ messageId: 'needsTemplate', line: 4 });
    expect(missing[0]!.message).toMatch(/advertising_frequency.*Art\. 28\(3\).*needs frequency in the template/);
    expect(path.basename(missing[0]!.file)).toBe('marketing_promotion.yaml');
    // No other region asks for it.
    const eu = await cli(['check', file, '--region', 'eu,sg,my,th,id,ph', '--org', path.join(EXAMPLES, 'organization.yaml'), '--format', 'json']);
    expect((JSON.parse(eu.out) as Array<{ messageId: string }>).filter((f) => f.messageId === 'needsTemplate')).toEqual([]);
  });

  it('a frequency outside the schema is an input error at its line', () => {
    const { catalog } = examples();
    const bad = MARKETING_TEXT.replace('frequency: { count: 1, per: month }', 'frequency: { count: 1, per: fortnight }');
    expect(() => parseTemplate(bad, MARKETING, catalog.taxonomy, catalog.channels)).toThrow(/frequency|per/);
    const zero = MARKETING_TEXT.replace('frequency: { count: 1, per: month }', 'frequency: { count: 0, per: month }');
    expect(() => parseTemplate(zero, MARKETING, catalog.taxonomy, catalog.channels)).toThrow(/count|minimum/);
  });

  it('the profile records the source of Điều 28 and that Decree 356 does not detail it', () => {
    const vn = readFileSync(path.join(EXAMPLES, '..', 'regions', 'sea', 'vn.yaml'), 'utf8');
    expect(vn).toContain('https://datafiles.chinhphu.vn/cpp/files/vbpq/2025/7/91qh.signed.pdf');
    expect(vn).toMatch(/Decree 356\/2025\/NĐ-CP does not detail Điều 28/);
    expect(vn).toMatch(/read 2026-12-06/);
  });
});

// review-3 VN3-10 changes this expectation: Ireland is "Ai-len", as Vietnamese legal texts write it (the
// Vietnam–Ireland double-taxation agreement, Công văn 288/TTg-QHQT; locales/vi/citation.yaml), not "Ireland".
describe('VN: Ireland is "Ai-len" in Vietnamese, as Vietnamese legal texts write it', () => {
  it('recipients and places in Ireland', () => {
    const { renders } = renderMember('vn');
    const r = find(renders, 'payment_receipt');
    expect(r.clause).toContain('Stripe Payments Europe (Ai-len)');
    for (const x of renders) expect((x.clause + x.footer).replaceAll('Meta Platforms Ireland Limited', '')).not.toMatch(/Ireland|Ai len|Ai Len/);
  });
});

describe('SG: the schedule is the "First Schedule" to the PDPA', () => {
  it('the government sentence cites sections 13(b) and 17 of, and the First Schedule to, the PDPA 2012 (review-3 SG-2)', () => {
    const { renders } = renderMember('sg');
    const line = linesWith(find(renders, 'order_shipped').clause, 'public authorities');
    expect(line).toEqual(['We may disclose personal data to public authorities without your consent where the PDPA 2012 or any other written law requires or authorises it (sections 13(b) and 17 of, and the First Schedule to, the PDPA 2012).']);
    for (const x of renders) expect(x.clause).not.toMatch(/Schedule 1\b/);
  });
});

describe('PH: sensitive personal information as RA 10173 s.3(l) defines it', () => {
  it('the health data sentence cites s.3(l)(2); the basis line keeps s.13(a)', () => {
    const { renders } = renderMember('ph');
    const r = find(renders, 'appointment_reminder');
    expect(linesWith(r.clause, 'Sensitive personal information')).toEqual(['Sensitive personal information in this section: appointment details (Section 3(l)(2) of the Data Privacy Act of 2012).']);
    expect(linesWith(r.clause, 'Legal basis for appointment reminders')[0]).toContain('(Section 13(a) of the Data Privacy Act of 2012)');
    expect(element(r, 'sensitive_data').citation).toBe('Sections 3(l) and 13(a) of the Data Privacy Act of 2012');
  });
});

describe('MY: "sensitive personal data" / "data peribadi sensitif", the Act\'s own term, in both versions', () => {
  it('the Malay and English versions use the statute\'s term; no "personal information"', () => {
    const { renders } = renderMember('my');
    for (const lng of ['ms', 'en']) {
      const r = find(renders, 'appointment_reminder', lng);
      const both = [r.clause, ...r.companions].join('\n');
      // With the condition of s.40(1)(a), explicit consent, in both versions (review-3 MY-5).
      expect(both).toContain('Data peribadi sensitif dalam bahagian ini, yang memerlukan persetujuan nyata anda: butiran temu janji (perenggan 40(1)(a) Akta 709).');
      expect(both).toContain('Sensitive personal data in this section, for which we need your explicit consent: appointment details (paragraph 40(1)(a) of Act 709).');
    }
    for (const x of renders) expect([x.clause, ...x.companions].join('\n'), `${x.template} ${x.locale}`).not.toMatch(/personal information|maklumat peribadi/i);
  });

  it('the Philippines keeps its own statutory term, "sensitive personal information"', () => {
    const { renders } = renderMember('ph');
    expect(find(renders, 'appointment_reminder').clause).not.toContain('Sensitive personal data');
  });
});

describe('TH: a Latin-script name set against Thai text is spaced off it', () => {
  it('"… Meta Platforms Ireland Limited ไปยังสหรัฐอเมริกา", not "Limitedไปยัง"', () => {
    const { renders } = renderMember('th');
    for (const x of renders) {
      for (const text of [x.clause, x.footer]) expect(text, x.template).not.toMatch(/[A-Za-z][\u0E00-\u0E7F]|[\u0E00-\u0E7F][A-Za-z]/u);
    }
    // Review 5 TH5-1: the onward-transfer sentence ("… Meta Platforms Ireland Limited ไปยังสหรัฐอเมริกา …") is gone;
    // the sub-processor sentence sets the name off the Thai verb after it.
    // Review 7 SEA7-2 (71269c5): the country is written once, after the storage verb ("… Meta Platforms, Inc. ให้จัดเก็บ … ไว้ในสหรัฐอเมริกา").
    expect(find(renders, 'order_shipped').clause).toContain('Meta Platforms Ireland Limited แต่งตั้งผู้ประมวลผลข้อมูลส่วนบุคคลช่วง Meta Platforms, Inc. ให้จัดเก็บข้อมูลต่อไปนี้ของท่านไว้ในสหรัฐอเมริกา');
  });

  it('in any Thai wording, on either side of a value, and never inside a name as typed', () => {
    const { catalog } = examples();
    const th = new Localizer(catalog.locale('th'));
    expect(th.t('statement.transferOnward', { recipient: 'ACME Ltd', places: 'Germany', data: 'X' })).toContain('ACME Ltd ไปยัง Germany');
    expect(th.t('statement.transferOnward', { recipient: 'ร้านACME', places: 'ญี่ปุ่น', data: 'X' })).toContain('โดยร้านACME ไปยังญี่ปุ่น');
    // Other languages are left as their wording writes them.
    const vi = new Localizer(catalog.locale('vi'));
    expect(vi.t('clause.adFrequency', { channel: 'WhatsApp', frequency: 'tối đa 1 lần mỗi tháng' })).toBe('Chúng tôi gửi tin nhắn quảng cáo cho bạn qua WhatsApp tối đa 1 lần mỗi tháng.');
  });
});

describe('California sentences in locales California is not written in', () => {
  it('California is written in en and es only', () => {
    expect(examples().catalog.region('california').locales).toEqual(['en', 'es']);
  });

  it('where a project\'s own profile could write them, they say what the English says: the limit right only in ccpaLimit, the request form', () => {
    const { catalog } = examples();
    for (const lng of ['zh-CN', 'ms', 'id', 'th', 'vi']) {
      const loc = new Localizer(catalog.locale(lng));
      const url = 'https://x.example/req';
      expect(loc.t('clause.requestsOnline', { url, email: 'e@x' }), lng).toContain(url);
      expect(loc.t('clause.requestsTollFree', { url, email: 'e@x', phone: '+1 800' }), lng).toContain(url);
      const plain = loc.t('rights.ccpa', { article: 'A', email: 'e@x' });
      const limit = loc.t('rights.ccpaLimit', { article: 'A', email: 'e@x' });
      expect(plain, lng).not.toContain('e@x');
      expect(limit.length, lng).toBeGreaterThan(plain.length);
      // The limit right is named in ccpaLimit only (11 CCR §7027(m): not offered where every use is permitted).
      const limitWords: Record<string, RegExp> = { 'zh-CN': /限制/, ms: /mengehadkan/, id: /membatasi/, th: /จำกัด/, vi: /hạn chế/ };
      expect(plain, lng).not.toMatch(limitWords[lng]!);
      expect(limit, lng).toMatch(limitWords[lng]!);
    }
  });
});
