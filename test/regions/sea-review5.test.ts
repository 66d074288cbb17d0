/**
 * Review 5 of the SEA output (/work/notes/review-5-sea.md), the findings for Singapore, Malaysia,
 * Indonesia and the Philippines: each fix kept as an assertion that fails without it. In process
 * (renderer and the export API), one pack for the notes that must reach the reviewer (X3).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPack, loadProject } from '../../src/index.js';
import { EXAMPLES, examples } from '../helpers/examples.js';
import { tmp } from '../helpers/tree.js';
import { find, linesWith, renderMember } from './sea-members.js';

/** The lines of a clause (each trimmed). */
const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe('X3 (SG-4, SG-6): the profile\'s unsettled notes reach render and the review pack', () => {
  const { catalog, org, templates, renderer } = examples();
  const sg = catalog.region('sg');
  const render = (t: string, region = sg, locale = region.locales[0]!) => renderer.render(templates.find((x) => x.id === t)!, region, locale, org);

  it('SG-4: the reg. 11(2) note is on the transfer element wherever a transfer rests on a contract', () => {
    const transfer = render('order_shipped').clause.elements.find((e) => e.id === 'transfer')!;
    expect(transfer.written).toBe(true);
    expect(transfer.notes?.map((n) => n.key)).toContain('mechanism.contract');
    const note = transfer.notes!.find((n) => n.key === 'mechanism.contract')!;
    expect(note.note).toMatch(/reg\. 11\(2\).*countries and territories/);
    expect(note.article).toBe('section 26 of the PDPA 2012; regulations 10(1) and 11(1)(b) and (2) of the Personal Data Protection Regulations 2021');
    // A mechanism the clause does not state brings no note (certification, explicit consent).
    expect(transfer.notes!.map((n) => n.key)).not.toContain('mechanism.certification');
  });

  it('SG-6: the Do Not Call note is on the purposes of a marketing clause only', () => {
    const marketing = render('marketing_promotion').clause.elements.find((e) => e.id === 'purposes')!;
    expect(marketing.notes?.find((n) => n.key === 'purpose.marketing')?.note).toMatch(/Do Not Call.*s\.43\(3\)/);
    const delivery = render('order_shipped').clause.elements.find((e) => e.id === 'purposes')!;
    expect(delivery.notes ?? []).toEqual([]);
    // The notice itself still asserts nothing about Part 9.
    expect(render('marketing_promotion').clause.text).not.toMatch(/Do Not Call|section 43/);
  });

  it('a basis note goes with the flows on that basis (ph: consent for sensitive data)', () => {
    const ph = catalog.region('ph');
    const purposes = render('appointment_reminder', ph).clause.elements.find((e) => e.id === 'purposes')!;
    expect(purposes.notes?.map((n) => n.key)).toContain('basis.consent');
    expect(render('order_shipped', ph).clause.elements.find((e) => e.id === 'purposes')!.notes?.map((n) => n.key) ?? []).not.toContain('basis.consent');
  });

  // Since 19d9236 (stop 25, SC) each note's text is once in the pack, on unsettled.html; the clause
  // text page links it from each text that has it. The signer reads the same note one click away.
  it('both notes are in the pack: data, texts.json, and unsettled.html linked from the clause text page', async () => {
    const out = path.join(tmp(), 'pack');
    const project = loadProject({ cwd: EXAMPLES, config: false, templates: [path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml')], org: path.join(EXAMPLES, 'organization.yaml') });
    await exportPack(project, { out, regions: ['sg'], formats: ['html', 'json'] });
    const texts = readFileSync(path.join(out, 'texts.json'), 'utf8');
    expect(texts).toContain('countries and territories');
    expect(texts).toContain('Do Not Call');
    const pages = readdirSync(path.join(out, 'texts')).map((f) => readFileSync(path.join(out, 'texts', f), 'utf8')).join('\n');
    const notes = readFileSync(path.join(out, 'unsettled.html'), 'utf8');
    expect(notes).toContain('<code>transfer: mechanism.contract</code> (section 26 of the PDPA 2012');
    // A purpose note names its provisions itself: no empty brackets.
    expect(notes).toMatch(/<code>purposes: purpose\.marketing<\/code>: Marketing messages to Singapore telephone numbers/);
    // The clause text page links both notes by the anchor unsettled.html gives them.
    for (const element of ['transfer: mechanism.contract', 'purposes: purpose.marketing']) {
      const link = new RegExp(`unsettled\\.html#(note-[0-9a-f]+)"><code>${element.replace(/\./g, '\\.')}</code>`).exec(pages);
      expect(link, element).not.toBeNull();
      expect(notes).toContain(`id="${link![1]}"`);
    }
  });
});

describe('Singapore (review 5)', () => {
  const { renders } = renderMember('sg');

  it('SG-7: the government line says "the PDPA 2012 or any other written law" (s.13(b)), not "the law"', () => {
    for (const r of renders) {
      expect(linesWith(r.clause, 'public authorities').map((l) => l.trim()), r.template).toEqual([
        'We may disclose personal data to public authorities without your consent where the PDPA 2012 or any other written law requires or authorises it (sections 13(b) and 17 of, and the First Schedule to, the PDPA 2012).',
      ]);
    }
  });

  it('SG-8: one citation form in the clause, as Singapore drafting writes it', () => {
    const r = find(renders, 'order_shipped');
    expect(r.clause).toContain('(sections 16, 21 and 22 of the PDPA 2012)');
    expect(r.clause).toContain('(section 26 of the PDPA 2012; regulations 10(1) and 11(1)(b) and (2) of the Personal Data Protection Regulations 2021)');
    for (const x of renders) expect(x.clause, x.template).not.toMatch(/\bs\.\d|\breg\. \d/);
  });
});

describe('Malaysia (review 5)', () => {
  const { renders } = renderMember('my');
  const en = (t: string) => find(renders, t, 'ms').companions[0]!;
  const ms = (t: string) => find(renders, t, 'ms').clause;

  it('MY-8: the obligatory line says what the person loses, per purpose, in both versions; "obligatory" as s.7(1)(g)', () => {
    expect(lines(ms('one_time_passcode'))).toEqual(expect.arrayContaining([
      'Pemberian nombor telefon anda adalah wajib bagi maksud pengesahan akaun; tanpanya kami tidak dapat menghantar kod pengesahan kepada anda dan anda tidak dapat log masuk.',
      'Pemberian nombor telefon anda adalah wajib bagi maksud penghantaran mesej; tanpanya kami tidak dapat menghantar mesej ini kepada anda.',
    ]));
    expect(lines(en('one_time_passcode'))).toEqual(expect.arrayContaining([
      'Supplying your phone number for account verification is obligatory; if you do not, we cannot send you a verification code and you cannot sign in.',
      'Supplying your phone number for message transmission is obligatory; if you do not, we cannot send you this message.',
    ]));
    expect(linesWith(ms('order_shipped'), 'adalah wajib bagi maksud penghantaran pesanan')[0]).toMatch(/; tanpanya kami tidak dapat menghantar pesanan anda\.$/);
    expect(linesWith(en('support_followup'), 'for customer support is obligatory')[0]).toMatch(/; if you do not, we cannot answer your support request\.$/);
    expect(linesWith(en('payment_receipt'), 'for payment processing is obligatory')[0]).toMatch(/we cannot take your payment and your order cannot be completed\.$/);
    for (const r of renders) {
      expect([r.clause, ...r.companions].join('\n'), r.template).not.toMatch(/mencapai maksud ini|we cannot do this|is necessary for/);
    }
  });

  it('MY-9: the English version names the data controller and cites as Act 709 cites itself', () => {
    const text = en('order_shipped');
    expect(lines(text)).toContain('Data controller: Nordlicht Commerce GmbH, Friedrichstraße 100, 10117 Berlin, Germany, privacy@nordlicht.example.');
    expect(text).toContain('(paragraph 129(3)(f) of Act 709)');
    expect(text).toContain('(paragraph 129(3)(b) of Act 709)');
    expect(text).toContain('(paragraph 6(2)(c) and subparagraph 39(b)(ii) of Act 709)');
    expect(text).toContain('(sections 30, 34, 38, 43 and 43A of Act 709)');
    expect(en('appointment_reminder')).toContain('(paragraph 40(1)(a) of Act 709)');
    for (const r of renders) expect(r.companions.join('\n'), r.template).not.toMatch(/\bs\.\d|^Controller:/m);
  });

  // Review 7 MY7-1: s.39(b)(ii) read (Bill as passed, D.R. 35/2009): the court-order limb is part of the ground.
  it('MY-11 and the s.39 point: "menzahirkan", "by or under any law or by the order of a court", in both versions', () => {
    expect(lines(ms('order_shipped'))).toContain('Kami mungkin menzahirkan data peribadi anda kepada pihak berkuasa awam jika penzahiran itu dikehendaki atau dibenarkan oleh atau di bawah mana-mana undang-undang atau oleh perintah mahkamah (perenggan 6(2)(c) dan subperenggan 39(b)(ii) Akta 709).');
    expect(lines(en('order_shipped'))).toContain('We may disclose your personal data to public authorities where the disclosure is required or authorised by or under any law or by the order of a court (paragraph 6(2)(c) and subparagraph 39(b)(ii) of Act 709).');
    for (const r of renders) expect(r.clause, r.template).not.toContain('mendedahkan');
  });

  it('MY-12: portability with its condition of s.43A(2), in both versions', () => {
    expect(linesWith(ms('order_shipped'), 'Anda boleh meminta akses')[0]).toContain('dihantar terus kepada pengawal data lain, tertakluk kepada kebolehlaksanaan teknikal dan keserasian format data, dan');
    expect(linesWith(en('order_shipped'), 'You can ask for access')[0]).toContain('sent directly to another data controller, subject to technical feasibility and compatibility of the data format, and');
  });

  it('MY-13: the German duty names German tax law, in both versions: ours to keep the invoice copies, not the person\'s to supply', () => {
    expect(lines(ms('payment_receipt'))).toContain('Undang-undang cukai Jerman mewajibkan kami menyimpan nama, alamat pos dan butiran transaksi anda dalam salinan invois kami bagi maksud rekod cukai dan perakaunan; tiada undang-undang yang mewajibkan anda memberikannya kepada kami.');
    expect(linesWith(en('payment_receipt'), 'requires us to keep')).toEqual(['The tax law of Germany requires us to keep your name, postal address, and transaction details on our invoice copies for tax and accounting records; no law obliges you to provide them to us.']);
    expect([ms('payment_receipt'), en('payment_receipt')].join('\n')).not.toMatch(/dikehendaki oleh undang-undang untuk merekodkan|We are required by law to record/);
  });
});

describe('Indonesia (review 5)', () => {
  const { region, renders } = renderMember('id');

  it('ID-6: the portability right includes sending the data to another controller (Pasal 13 ayat (2))', () => {
    const rights = linesWith(find(renders, 'order_shipped').clause, 'Anda berhak');
    expect(rights).toHaveLength(1);
    expect(rights[0]).toContain('mendapatkan dan menggunakan Data Pribadi Anda dalam format yang lazim digunakan, serta mengirimkannya ke Pengendali Data Pribadi lain sepanjang sistem yang digunakan dapat saling berkomunikasi secara aman (Pasal 5 sampai dengan Pasal 13 UU PDP)');
  });

  it('ID-7: the controller\'s identity rests on Pasal 5, not on Pasal 21 ayat (1) huruf a (the legality of processing)', () => {
    const el = region.elements.find((e) => e.id === 'controller_identity')!;
    expect(el.article).toMatch(/^Art\. 5 UU PDP \(/);
    expect(el.article).not.toMatch(/21\(1\)/);
    expect(find(renders, 'order_shipped').elements.find((e) => e.id === 'controller_identity')!.citation).toBe('Pasal 5 UU PDP');
  });

  it('ID-8: "iklan yang dipersonalisasi", as the title and the other markets', () => {
    const text = find(renders, 'marketing_promotion').clause;
    expect(text).toContain('Untuk iklan yang dipersonalisasi, kami memproses');
    expect(text).toContain('Dasar pemrosesan untuk iklan yang dipersonalisasi:');
    expect(text).not.toContain('iklan berdasarkan perilaku');
  });
});

describe('Philippines (review 5)', () => {
  const { renders } = renderMember('ph');

  it('PH-6: Philippine citation form, one form in the clause', () => {
    const r = find(renders, 'order_shipped');
    expect(r.clause).toContain('(Sections 12(c) and 13(f) of the Data Privacy Act of 2012)');
    expect(r.clause).toContain('(Sections 16 and 18 of the Data Privacy Act of 2012; Section 34 of its Implementing Rules and Regulations)');
    expect(r.clause).toContain('(Section 21(a) of the Data Privacy Act of 2012; Section 50(a) of its Implementing Rules and Regulations)');
    for (const x of renders) expect(x.clause, x.template).not.toMatch(/\bs\.\d|IRR of the/);
  });

  it('PH-7: WhatsApp LLC receives the number as a separate personal information controller (the DPA\'s term)', () => {
    const llc = linesWith(find(renders, 'order_shipped').clause, 'WhatsApp LLC').map((l) => l.trim());
    expect(llc).toContain('We transfer your phone number to the provider of the WhatsApp messaging app, WhatsApp LLC (United States), which receives it as a separate personal information controller.');
  });
});
