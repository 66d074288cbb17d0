/**
 * Retention read as a reviewer reads it (issue 18, held-out-8 RC-3's converse, RC-7, RC-8): the rule
 * for all the rest in a section on keeping is a vague statement of the flow's keeping; a period from
 * another flow's event says nothing of this flow's; and the words a language uses for a period's
 * anchor, its verb and its numbers (src/policy/described-retention.ts, disclosure-classes.ts
 * vagueStatement, reader.yaml policy.events/until/numbers, topics, columns). Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('retention-general-');
const REMINDER = 'templates/appointment_reminder.yaml';

const run = async (name: string, lines: string[], args: string[], template?: string) => {
  const r = await checkText(name, lines.join('\n'), args, template);
  expect(r.code, r.err).toBeLessThan(2);
  return r.findings;
};

describe('retention in general and by anchor', () => {
  it('"Everything else we erase once …" under a title on keeping is a vague statement for Meta\'s messages', async () => {
    const fs = await run('rest.md', [
      '# Privacy', // 1
      '', // 2
      '## How long we keep it', // 3
      '', // 4
      'Our courier gets your name, postal address and phone number; what it gets is deleted 180 days after delivery.', // 5
      '', // 6
      'Everything else we erase once it has served its purpose.', // 7
    ], ['--region', 'eu']);
    expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 7, data: { class: 'vague' } });
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a row with a label of its own is no general rule', async () => {
    const fs = await run('label.md', [
      '# Privacy', // 1
      '', // 2
      '## How long we keep it', // 3
      '', // 4
      '- Customer accounts: until you delete the account.', // 5
    ], ['--region', 'eu']);
    expect(one(fs, 'whatsapp_cloud_api', 'retention').data.class).toBe('omitted');
  });

  it('a period from the delivery (another flow\'s anchor) says nothing of Meta\'s keeping', async () => {
    const fs = await run('anchor.md', [
      '# Datenschutz', // 1
      '', // 2
      '## Speicherdauer', // 3
      '', // 4
      'Ihren Namen, Ihre Anschrift und Ihre Telefonnummer löschen wir 180 Tage nach der Zustellung.', // 5
    ], ['--region', 'eu', '--locale', 'de']);
    expect(one(fs, 'whatsapp_cloud_api', 'retention').data.class).toBe('omitted');
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Italian: "dopo l\'appuntamento" is the reminder\'s anchor', async () => {
    const fs = await run('it.md', [
      '# Privacy', // 1
      '', // 2
      '## Conservazione', // 3
      '', // 4
      'I dati che ci servono per avvisarla vengono cancellati trenta giorni dopo l\'appuntamento.', // 5
    ], ['--region', 'eu', '--locale', 'it'], REMINDER);
    expect(one(fs, 'reminder', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('French "garde", Polish numbers in the genitive, Vietnamese "cho tới lúc" with the parcel reaching you', async () => {
    const fr = await run('fr.md', ['# Confidentialité', '', '## Conservation', '', 'Notre transporteur garde vos données 180 jours après la livraison.'], ['--region', 'eu', '--locale', 'fr']);
    expect(one(fr, 'delivery', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
    const pl = await run('pl.md', ['# Prywatność', '', '## Okres przechowywania', '', 'Dane przekazane kurierowi usuwamy po upływie stu osiemdziesięciu dni od doręczenia.'], ['--region', 'eu', '--locale', 'pl']);
    expect(one(pl, 'delivery', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
    const vi = await run('vi.md', ['# Chính sách', '', '## Lưu trữ', '', 'Đơn vị vận chuyển giữ dữ liệu của bạn cho tới lúc kiện hàng đến tay bạn.'], ['--region', 'vn', '--locale', 'vi']);
    expect(one(vi, 'delivery', 'retention')).toMatchObject({ line: 5, data: { class: 'incorrect' } });
  });

  it('Spanish and Dutch: "después de la cita", "na de afspraak" bind a period to the reminders', async () => {
    const es = await run('es.md', ['# Privacidad', '', '## Conservación', '', 'Estos datos se borran 30 días después de la cita.'], ['--region', 'eu', '--locale', 'es'], REMINDER);
    expect(one(es, 'reminder', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
    const nl = await run('nl.md', ['# Privacy', '', '## Bewaartermijnen', '', 'Deze gegevens wissen wij 30 dagen na de afspraak.'], ['--region', 'eu', '--locale', 'nl'], REMINDER);
    expect(one(nl, 'reminder', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Thai: a title that asks how long and a column of what is kept', async () => {
    const fs = await run('th.html', [
      '<html><body>', // 1
      '<h1>นโยบายความเป็นส่วนตัว</h1>', // 2
      '<h2>ข้อ 6 เราเก็บข้อมูลไว้นานเท่าใด</h2>', // 3
      '<table>', // 4
      '<tr><th>ประเภทข้อมูล</th><th>เก็บไว้</th></tr>', // 5
      '<tr><td>ข้อความ WhatsApp ที่ Meta ส่งให้ท่าน</td><td>ไม่เกิน 30 วัน</td></tr>', // 6
      '</table>', // 7
      '</body></html>', // 8
    ], ['--region', 'th', '--locale', 'th']);
    expect(one(fs, 'whatsapp_cloud_api', 'retention')).toMatchObject({ line: 6, data: { class: 'clear' } });
  });
});
