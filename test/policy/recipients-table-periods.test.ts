/**
 * Issue 18, held-out-9 (RD): a recipients table with a column of periods ("Recipient | Data | Country |
 * Kept for") says of each row how long that recipient keeps what it gets (src/policy/outline.ts
 * keptColumns: the row's recipient, data and period read again after the words for keeping). Before, the
 * row was read only as "we share:"/"we transfer:" and its period was lost (retention omitted), in every
 * language. And Vietnamese general vocabulary the lists lacked (locales/vi/reader.yaml): the column words
 * "Thời gian lưu" (time kept) and "Trụ sở" (seat), "điện thoại" (phone) in a list of data, and a denial
 * scoped to parties other than those named ("Ngoài những bên …", "… nào khác": as "apart from",
 * "anyone else"). A table with a column of periods and no recipients column is a table of keeping whatever
 * its other column is called ("Record | How long"; before, only a column named as data counted). A phone number said by the device in a list of data, as Spanish "móvil" already was: vi
 * "điện thoại", it "cellulare", en "cellphone number" (reader.yaml `policy.data`). Policies in our own words,
 * against examples/templates/order_shipped.yaml (the courier: name, postal address, phone number; 180 days
 * from delivery) and support_followup.yaml (Zendesk: name, phone, e-mail, customer number, message).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('recipients-table-periods-');

const courier = async (name: string, text: string, args: string[]) => {
  const { code, findings, err } = await checkText(name, text, args);
  expect(code, err).toBeLessThan(2);
  const [recipients, retention] = ['recipients', 'retention'].map((aspect) => {
    const fs = onFlow(findings, 'delivery', aspect);
    expect(fs, aspect).toHaveLength(1);
    return fs[0]!;
  });
  return { recipients: recipients!, retention: retention! };
};

describe('a recipients table with a column of periods', () => {
  it('en: the row\'s period is how long the courier keeps what it gets', async () => {
    const text = [
      '# Privacy notice', // 1
      '', // 2
      '## Who gets your data', // 3
      '', // 4
      '| Recipient | What it receives | Country | Kept for |', // 5
      '|---|---|---|---|', // 6
      '| SwiftShip Logistics, our courier | your name, postal address and phone number | Germany | 180 days after delivery |', // 7
    ].join('\n');
    const f = await courier('en.md', text, ['--region', 'eu', '--locale', 'en']);
    expect(f.recipients).toMatchObject({ line: 7, data: { class: 'clear' } });
    expect(f.retention).toMatchObject({ line: 7, data: { class: 'clear' } });
    // The finding quotes the row as the policy writes it, not the words the reader adds to read it again.
    for (const x of [f.recipients, f.retention]) {
      expect(x.data.statement).toContain('180 days after delivery');
      expect(x.data.statement).not.toMatch(/we keep/i);
    }
  });

  it('vi: "Thời gian lưu" column, "điện thoại" in the data, and a denial of parties other than those listed', async () => {
    const text = [
      '# Chính sách bảo mật', // 1
      '', // 2
      '## Ai nhận dữ liệu của bạn', // 3
      '', // 4
      '| Bên nhận | Dữ liệu nhận được | Trụ sở | Thời gian lưu |', // 5
      '|---|---|---|---|', // 6
      '| SwiftShip Logistics (đơn vị vận chuyển) | họ và tên, điện thoại, địa chỉ nhận hàng | Đức | 180 ngày kể từ khi giao hàng thành công |', // 7
      '', // 8
      'Ngoài những bên kể trên, chúng tôi không chia sẻ thông tin của bạn cho bất kỳ tổ chức nào khác.', // 9
    ].join('\n');
    const f = await courier('vi.md', text, ['--region', 'vn', '--locale', 'vi']);
    expect(f.recipients).toMatchObject({ line: 7, data: { class: 'clear' } });
    expect(f.retention).toMatchObject({ line: 7, data: { class: 'clear' } });
  });
});

describe('a table of keeping whose first column is named otherwise', () => {
  it('en: "Record | How long": the courier\'s row is its retention', async () => {
    const text = [
      '# Privacy notice', // 1
      '', // 2
      '## Who gets your data', // 3
      '', // 4
      'SwiftShip Logistics, our courier, receives your name, postal address and phone number.', // 5
      '', // 6
      '## How long we keep it', // 7
      '', // 8
      '| Record | How long |', // 9
      '|---|---|', // 10
      '| Name, postal address and phone number given to SwiftShip Logistics | 180 days after delivery |', // 11
    ].join('\n');
    const f = await courier('record.md', text, ['--region', 'eu', '--locale', 'en']);
    expect(f.retention).toMatchObject({ line: 11, data: { class: 'clear' } });
  });
});

describe('a phone number said by the device', () => {
  const support = async (name: string, line: string, args: string[]) => {
    const { code, findings, err } = await checkText(name, ['# Privacy', '', '## Recipients', '', line].join('\n'), args, 'templates/support_followup.yaml');
    expect(code, err).toBeLessThan(2);
    const fs = onFlow(findings, 'support', 'recipients');
    expect(fs).toHaveLength(1);
    return fs[0]!;
  };

  it('it: "cellulare" in the data Zendesk receives: clear', async () => {
    const f = await support('it.md', 'Zendesk, Inc. riceve nome, cellulare, indirizzo e-mail, numero cliente e messaggi.', ['--region', 'eu', '--locale', 'it']);
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('en: "cellphone number": clear', async () => {
    const f = await support('en.md', 'Zendesk, Inc. receives your name, cellphone number, e-mail address, customer number and messages.', ['--region', 'sea', '--locale', 'en']);
    expect(f).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
