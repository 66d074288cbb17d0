/**
 * SEA legal re-review 3 (issue 17, /work/notes/review-3-sea.md), the minor points for Singapore,
 * Malaysia, Indonesia and the Philippines, rendered from the examples as `disclose render
 * examples/templates --region sg|my|id|ph --all-locales` writes them. Each region's own words come from
 * its profile (`wording:`, src/render/region-wording.ts), so the other regions keep theirs: checked here
 * for the EU and California on the same templates. Also: the unsettled WhatsApp LLC route (SG-1, MY-1,
 * ID-1) reaches the review pack as an info finding with its note; no route is invented in the data.
 * Points asserted elsewhere: SG-2 (sg.test.ts, sea-signoff.test.ts), MY-5 (sea-signoff.test.ts),
 * ID-2 (id.test.ts), ID-4 and PH-3 (sea-bases.test.ts), PH-4 government line (sea-government.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { smsLength } from '../../src/render/message-length.js';
import { cli } from '../helpers/cli.js';
import { EXAMPLES, examples } from '../helpers/examples.js';
import { find, linesWith, renderMember } from './sea-members.js';

const lines = (text: string) => text.split('\n').map((l) => l.trim());

describe('SG (review 3)', () => {
  const { region, renders } = renderMember('sg');

  it('SG-3: the controller line names the organisation, the PDPA\'s term; no "Controller:"', () => {
    for (const r of renders) {
      expect(lines(r.clause), r.template).toContain('Organisation: Nordlicht Commerce GmbH, Friedrichstraße 100, 10117 Berlin, Germany, privacy@nordlicht.example.');
      expect(r.clause, r.template).not.toMatch(/^\s*Controller:/m);
    }
  });

  it('SG-5: SMS and e-mail footers join the last datum with "and" and give the link; the SMS footer stays one segment', () => {
    const sms = find(renders, 'appointment_reminder').footer;
    expect(sms).toBe('Name, phone number and appointment details disclosed to messaging provider Sinch Sweden. Privacy §5.5: https://nrdl.example/p');
    expect(smsLength(sms).segments).toBe(1);
    expect(find(renders, 'payment_receipt').footer).toBe('Name, email address and transaction details disclosed to payment processor Stripe Payments Europe. Privacy §5.3: https://nrdl.example/p');
  });

  it('SG-6: the Do Not Call note names the s.43(3) consent defence and says what is unsettled; the notice asserts nothing about Part 9', () => {
    const note = region.unsettled?.['purpose.marketing'] ?? '';
    expect(note).toMatch(/s\.43\(3\)/);
    expect(note).toMatch(/clear and unambiguous consent/);
    expect(note).toMatch(/not settled/);
    expect(find(renders, 'marketing_promotion').clause).not.toMatch(/Do Not Call|s\.43/);
  });
});

describe('MY (review 3)', () => {
  const { region, renders } = renderMember('my');
  const ms = (t: string) => find(renders, t, 'ms');
  const en = (t: string) => find(renders, t, 'en');

  it('MY-2: the Malay purpose is "pengiklanan diperibadikan", as the title and the English "personalised advertising"', () => {
    const clause = ms('marketing_promotion').clause;
    expect(clause).toContain('Bagi maksud pengiklanan diperibadikan, kami memproses nombor telefon, pengecam peranti dan sejarah pesanan anda.');
    expect(clause).not.toContain('berdasarkan tingkah laku');
    expect(en('marketing_promotion').clause).toContain('For personalised advertising we process');
  });

  it('MY-3: disclosure to a recipient is "menzahirkan … kepada"; "berkongsi" only for the advertising partner', () => {
    expect(lines(ms('order_shipped').clause)).toContain('Kami menzahirkan nama, nombor telefon dan alamat pos anda kepada syarikat kurier SwiftShip Logistics (Amerika Syarikat) bagi maksud penghantaran pesanan.');
    const marketing = ms('marketing_promotion').clause;
    expect(linesWith(marketing, 'Kami berkongsi').map((l) => l.trim())).toEqual(['Kami berkongsi nombor telefon, pengecam peranti dan sejarah pesanan anda dengan rakan kongsi pengiklanan AdReach Media (Amerika Syarikat) bagi maksud pengiklanan diperibadikan.']);
    for (const r of renders.filter((x) => x.locale === 'ms')) {
      for (const l of linesWith(r.clause, 'Kami berkongsi')) expect(l, r.template).toContain('AdReach Media');
    }
  });

  it('MY-5: the sensitive-data line carries the s.40(1)(a) condition; the Malay term is marked unsettled', () => {
    const el = region.elements.find((e) => e.id === 'sensitive_data')!;
    expect(el.unsettled).toMatch(/persetujuan nyata/);
  });

  // Review 7 MY7-1 (2026-12-07): s.39(b)(ii) is now read (the Bill as passed, D.R. 35/2009), so the court-order
  // limb is added; the element says what is left to confirm (the AGC reprint as amended by Act A1727).
  it('MY-6: "atau oleh perintah mahkamah" is added once s.39 is read; the element says what is left to confirm', () => {
    const el = region.elements.find((e) => e.id === 'government_disclosure')!;
    expect(el.unsettled).toMatch(/s\.39/);
    expect(el.unsettled).toMatch(/D\.R\. 35\/2009.*A1727/);
    expect(ms('order_shipped').clause).toContain('oleh atau di bawah mana-mana undang-undang atau oleh perintah mahkamah');
  });

  it('Malay citations name a provision by its lowest level, as Act 709 cites itself; the English version too (review 5 MY-9)', () => {
    const order = ms('order_shipped').clause;
    expect(order).toContain('(perenggan 129(3)(b) Akta 709)');
    expect(order).toContain('(perenggan 129(3)(f) Akta 709)');
    expect(order).toContain('(perenggan 6(2)(c) dan subperenggan 39(b)(ii) Akta 709)');
    expect(order).toContain('(seksyen 30, 34, 38, 43 dan 43A Akta 709)');
    expect(order).not.toMatch(/seksyen \d+\(/);
    expect(en('order_shipped').clause).toContain('(paragraph 6(2)(c) and subparagraph 39(b)(ii) of Act 709)');
    expect(en('order_shipped').clause).not.toMatch(/\bs\.\d/);
    expect(region.elements.find((e) => e.id === 'bilingual_notice')!.article).toBe('subsection 7(3) of Act 709');
  });

  it('MY-7: SMS and e-mail footers join the last datum with "dan" / "and" and give the link, in both languages; SMS stays one segment', () => {
    const sms = ms('appointment_reminder').footer;
    expect(sms).toBe('Nama, nombor telefon dan butiran temu janji dizahirkan kepada penyedia perkhidmatan pemesejan Sinch Sweden. Dasar Privasi, bahagian 5.5: https://nrdl.example/p');
    expect(smsLength(sms).segments).toBe(1);
    expect(ms('payment_receipt').footer).toBe('Nama, alamat e-mel dan butiran transaksi dizahirkan kepada pemproses pembayaran Stripe Payments Europe. Dasar Privasi, bahagian 5.3: https://nrdl.example/p');
    const smsEn = en('appointment_reminder').footer;
    expect(smsEn).toBe('Name, phone number and appointment details disclosed to messaging provider Sinch Sweden. Privacy §5.5: https://nrdl.example/p');
    expect(smsLength(smsEn).segments).toBe(1);
  });
});

describe('ID (review 3)', () => {
  const { renders } = renderMember('id');

  it('ID-3: footers read "Nama, nomor telepon, dan detail janji temu Anda dibagikan kepada …" with the link; SMS stays one segment', () => {
    const sms = find(renders, 'appointment_reminder').footer;
    expect(sms).toBe('Nama, nomor telepon, dan detail janji temu Anda dibagikan kepada penyedia layanan pesan Sinch Sweden. Kebijakan Privasi bagian 5.5: https://nrdl.example/p');
    expect(smsLength(sms).segments).toBe(1);
    expect(find(renders, 'payment_receipt').footer).toBe('Nama, alamat email, dan rincian transaksi Anda dibagikan kepada pemroses pembayaran Stripe Payments Europe. Kebijakan Privasi bagian 5.3: https://nrdl.example/p');
  });
});

describe('PH (review 3)', () => {
  const { renders } = renderMember('ph');

  it('PH-4: the controller line uses the DPA\'s "personal information controller"', () => {
    for (const r of renders) {
      expect(lines(r.clause), r.template).toContain('Personal information controller: Nordlicht Commerce GmbH, Friedrichstraße 100, 10117 Berlin, Germany, privacy@nordlicht.example.');
      expect(r.clause, r.template).not.toMatch(/^\s*Controller:/m);
      expect(r.clause, r.template).not.toContain('personal data to public authorities');
    }
  });

  it('PH-2: the scope and method line names the clause\'s purposes, not only the messages', () => {
    expect(lines(find(renders, 'payment_receipt').clause)).toContain('Your personal information is handled electronically, by automated means, for payment processing as well as tax and accounting records, and we send you messages by e-mail.');
    expect(lines(find(renders, 'appointment_reminder').clause)).toContain('Your personal information is handled electronically, by automated means, for appointment reminders, and we send you messages by SMS.');
  });

  it('PH-1: WhatsApp LLC, a third party with no route of ours, receives the number as a separate personal information controller (review 5 PH-7); processors keep their contract line', () => {
    for (const t of ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup']) {
      const llc = linesWith(find(renders, t).clause, /^\s*We transfer .*WhatsApp LLC/).map((l) => l.trim());
      expect(llc, t).toHaveLength(1);
      expect(llc[0], t).toMatch(/^We transfer your phone number to .*WhatsApp LLC.* \(United States\), which receives it as a separate personal information controller\.$/);
    }
    expect(find(renders, 'order_shipped').clause).toMatch(/We transfer your phone number and message content to messaging provider Meta Platforms Ireland Limited \(Ireland\) on the basis of a contract/);
    // Only where the region words it: Singapore keeps the bare sentence and its unsettled note.
    const sg = find(renderMember('sg').renders, 'order_shipped').clause;
    expect(sg).not.toContain('separate controller');
  });

  it('PH-5: SMS and e-mail footers join the last datum with "and" and give the link', () => {
    expect(find(renders, 'appointment_reminder').footer).toBe('Name, phone number and appointment details disclosed to messaging provider Sinch Sweden. Privacy §5.5: https://nrdl.example/p');
    expect(find(renders, 'payment_receipt').footer).toBe('Name, email address and transaction details disclosed to payment processor Stripe Payments Europe. Privacy §5.3: https://nrdl.example/p');
  });
});

describe('the other regions keep their own words (the SEA wording is the members\' profiles\')', () => {
  const { catalog, org, templates, renderer } = examples();
  const render = (template: string, region: string, locale = 'en') => renderer.render(templates.find((t) => t.id === template)!, catalog.region(region), locale, org);

  it('eu and california: "Controller:", the general method and government lines, footers without the link or "and"', () => {
    for (const region of ['eu', 'california']) {
      const sms = render('appointment_reminder', region);
      expect(sms.footer.text, region).not.toContain(': https://');
      expect(sms.footer.text, region).not.toMatch(/phone number and appointment details/);
    }
    const eu = render('payment_receipt', 'eu');
    expect(eu.clause.text).toMatch(/^\s*Controller: Nordlicht Commerce GmbH/m);
    expect(eu.clause.text).not.toContain('Organisation:');
    expect(eu.clause.text).not.toContain('under the law of Germany');
  });

  it('the sea group (members\' own law) keeps the general controller line', () => {
    expect(render('order_shipped', 'sea').clause.text).toMatch(/^\s*Controller:/m);
  });
});

describe('the unsettled WhatsApp LLC route reaches the reviewer (SG-1, MY-1, ID-1: the organization declares it; none is invented)', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'disclose-sea-review3-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('the example data declares no route for sg, id or ph, nor consent for my: the recorded consent does not name WhatsApp LLC and the United States', () => {
    const { templates } = examples();
    for (const id of ['marketing_promotion', 'service_hours_notice']) {
      const t = templates.find((x) => x.id === id)!;
      // The opt-in record states how consent was given; it names neither the recipient nor the country.
      expect(JSON.stringify(t.consent ?? {}), id).not.toMatch(/WhatsApp LLC|United States/);
    }
  });

  it('export: the detail page shows the info finding with the unsettled note for sg, my, id and ph', async () => {
    const res = await cli(['export', path.join(EXAMPLES, 'templates', 'marketing_promotion.yaml'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--out', path.join(out, 'pack'), '--regions', 'sg,my,id,ph', '--format', 'html', '--quiet']);
    expect(res.code, res.err).toBe(0);
    const page = readFileSync(path.join(out, 'pack', 'pages', 'marketing_promotion.html'), 'utf8');
    // Stop 26: a cell's finding on the page is its severity, rule and place, linked to the finding's
    // page (findings/<hash>.html) with its message and fix; the reviewer reads the note one click away.
    const linked = (html: string) => [...html.matchAll(/<a href="\.\.\/(findings\/[0-9a-f]{16}\.html)">/g)].map((m) => readFileSync(path.join(out, 'pack', m[1]!), 'utf8'));
    const shared = (n: string) => page.slice(page.indexOf(`<li id="finding-${n}">`), page.indexOf('</li>', page.indexOf(`<li id="finding-${n}">`)));
    let notes = '';
    for (const region of ['sg', 'my', 'id', 'ph']) {
      const at = page.indexOf(`<h2 id="${region}">`);
      const section = page.slice(at, page.indexOf('</section>\n</div>', at));
      const refs = [...section.matchAll(/href="#finding-(\d+)"/g)].map((m) => shared(m[1]!));
      const said = [section, ...refs].flatMap(linked).join('\n');
      expect(said, region).toContain(`no transfer route is settled for region ${region}`);
      notes += said;
    }
    expect(page).toContain('transfer-mechanism-missing');
    expect(notes).toContain('reg. 10(3)');
    expect(notes).toContain('129(3)(a)');
    expect(notes).toContain('Pasal 56 ayat (3) UU PDP');
  });
});
