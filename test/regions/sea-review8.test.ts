/**
 * SEA legal review 8 (issue 17; /work/notes/review-8-sea.md): Singapore, Malaysia, Indonesia, the Philippines.
 * Each finding's fix as the reviewer gave it, rendered in-process from the examples (payment_receipt and the
 * WhatsApp templates) or read from the review pack's flows table.
 */
import { describe, expect, it } from 'vitest';
import { flowViews, type FlowView } from '../../src/export/flow-view.js';
import type { Project, Target } from '../../src/project.js';
import { examples } from '../helpers/examples.js';

function render(template: string, region: string, locale: string) {
  const { catalog, org, templates, renderer } = examples();
  const t = templates.find((x) => x.id === template)!;
  return renderer.render(t, catalog.region(region), locale, org);
}

/** The review pack's flows table of a template for these regions (in-process, as test/export/flow-table-truth does). */
function table(template: string, regions: string[]): FlowView[] {
  const { catalog, org, templates, renderer } = examples();
  const t = templates.find((x) => x.id === template)!;
  const project = { catalog, org, renderer } as unknown as Project;
  const targets: Target[] = regions.map((id) => ({ region: catalog.region(id), locale: catalog.region(id).locales[0]! }));
  return flowViews(project, t, targets);
}

const cell = (rows: FlowView[], flow: string, column: 'basis' | 'transfer', region: string) => rows.find((r) => r.id === flow)![column].find((x) => x.region === region)!.text;

/** Every text of a render: footer, clause and companions. */
function texts(template: string, region: string, locale: string): string[] {
  const r = render(template, region, locale);
  return [r.footer.text, r.clause.text, ...r.clause.companions.map((c) => c.text)];
}

describe('SEA8-1: the card Stripe collects for us is tied to the contract of the transfer sentence, in each member\'s words', () => {
  const EN = 'You enter your payment card details directly with our payment processor Stripe Payments Europe (Ireland), which receives them from you on our behalf under the contract described below; they do not pass through our systems.';
  const want: Array<[string, string, string, RegExp]> = [
    ['sg', 'en', EN, /^We transfer your name, email address, and transaction details to payment processor Stripe Payments Europe \(Ireland\) on the basis of a contract/],
    ['my', 'en', EN, /^We transfer your name, email address, and transaction details to payment processor Stripe Payments Europe \(Ireland\) on the basis of a contract/],
    ['my', 'ms', 'Anda memasukkan butiran kad pembayaran anda terus ke dalam sistem pemproses pembayaran Stripe Payments Europe (Ireland), yang menerimanya bagi pihak kami berdasarkan kontrak yang dinyatakan di bawah; maklumat tersebut tidak melalui sistem kami.', /^Kami memindahkan nama, alamat e-mel dan butiran transaksi anda ke pemproses pembayaran Stripe Payments Europe \(Ireland\) berdasarkan kontrak/],
    ['id', 'id', 'Anda memasukkan data kartu pembayaran Anda langsung ke dalam sistem pemroses pembayaran Stripe Payments Europe (Irlandia), yang menerimanya atas nama kami berdasarkan perjanjian yang disebutkan di bawah ini; data tersebut tidak melewati sistem kami.', /^Kami mentransfer nama, alamat email, dan rincian transaksi Anda ke luar wilayah hukum .*berupa perjanjian dengan penerima/],
    ['ph', 'en', EN, /^We transfer your name, email address, and transaction details to payment processor Stripe Payments Europe \(Ireland\) on the basis of a contract/],
  ];

  it('the sentence names the contract, the contract sentence comes after it, and neither puts the card in our transfer', () => {
    for (const [region, locale, sentence, transfer] of want) {
      const lines = render('payment_receipt', region, locale).clause.text.split('\n').map((l) => l.trim());
      const at = lines.indexOf(sentence);
      expect(at, `${region} ${locale}`).toBeGreaterThanOrEqual(0);
      const contract = lines.findIndex((l) => transfer.test(l));
      expect(contract, `${region} ${locale}: the contract described below`).toBeGreaterThan(at);
      // The card is not in the transfer sentence (review 7 SEA7-1 stays true).
      expect(lines[contract], `${region} ${locale}`).not.toMatch(/payment card details|butiran kad pembayaran|data kartu pembayaran/);
    }
  });

  it('without a contract route to the recipient the sentence names none (the general sentence)', () => {
    const { catalog, org, templates, renderer } = examples();
    const t = templates.find((x) => x.id === 'payment_receipt')!;
    const consent = { ...t, flows: t.flows.map((f) => ({ ...f, recipients: f.recipients.map((r) => ({ ...r, transfer: 'explicit_consent' as const })) })) };
    const text = renderer.render(consent, catalog.region('my'), 'en', org).clause.text;
    expect(text).toContain('You enter your payment card details directly with our payment processor Stripe Payments Europe (Ireland), which receives them from you on our behalf; they do not pass through our systems.');
    expect(text).not.toContain('under the contract described below');
    // Other regions keep their own sentence: the EU's names no contract.
    expect(render('payment_receipt', 'eu', 'en').clause.text).not.toContain('under the contract described below');
  });
});

describe('MY8-1: Act A1727 s.2 renamed the "data user" the "data controller" throughout Act 709', () => {
  it('Stripe keeps its AML records "selaku pengawal data yang berasingan" / "as a data controller in its own right"', () => {
    expect(render('payment_receipt', 'my', 'ms').clause.text).toContain('; ia berbuat demikian selaku pengawal data yang berasingan, bagi memenuhi kewajipan undang-undangnya sendiri dan bukan bagi pihak kami.');
    expect(render('payment_receipt', 'my', 'en').clause.text).toContain('; it keeps them as a data controller in its own right, for a legal obligation of its own and not on our behalf.');
  });

  it('no text rendered for Malaysia, in either version or a companion, says "pengguna data" or "data user"', () => {
    const { templates } = examples();
    for (const t of templates) {
      for (const locale of ['ms', 'en']) {
        for (const text of texts(t.id, 'my', locale)) expect(text, `${t.id} ${locale}`).not.toMatch(/pengguna data|data users?\b/i);
      }
    }
  });
});

describe('SEA8-3: the ms and id per-purpose withdrawal words and the id legal-obligation lines', () => {
  // No SEA member renders the scoped withdrawal yet (withdraw_consent.hbs takes only the reply word), so the
  // words are composed as src/render/renderer.ts composes them for a switch that withdraws one purpose.
  const scoped = (lng: string, setting: string, purpose: string) => {
    const loc = examples().renderer.localizer(lng);
    const purposes = loc.t('withdrawal.purposesOne', { list: loc.list([loc.t('withdrawal.purposeQuoted', { purpose })]) });
    return {
      reply: loc.t('withdrawal.replyEnds', { reply: 'balas STOP', purposes }),
      setting: loc.t('withdrawal.settingEnds', { setting, purposes }),
      email: loc.t('withdrawal.email', { email: 'dpo@nordlicht.example' }),
    };
  };

  it('ms: no quotation marks around the purpose, and "persetujuan anda" in the switch\'s own clause', () => {
    expect(scoped('ms', '“Tawaran WhatsApp”', 'mesej pemasaran')).toEqual({
      reply: 'balas STOP untuk menarik balik persetujuan anda bagi maksud mesej pemasaran',
      setting: 'matikan “Tawaran WhatsApp” untuk menarik balik persetujuan anda bagi maksud mesej pemasaran',
      email: 'tulis kepada dpo@nordlicht.example',
    });
  });

  it('id: no quotation marks, "bagi" after "untuk menarik kembali", "persetujuan Anda", "kirim email ke"', () => {
    expect(scoped('id', '“Penawaran WhatsApp”', 'pesan pemasaran')).toEqual({
      reply: 'balas STOP untuk menarik kembali persetujuan Anda bagi pesan pemasaran',
      setting: 'nonaktifkan “Penawaran WhatsApp” untuk menarik kembali persetujuan Anda bagi pesan pemasaran',
      email: 'kirim email ke dpo@nordlicht.example',
    });
  });

  it('id requiredByLaw(Keep): the law as the subject, one "untuk"', () => {
    const loc = examples().renderer.localizer('id');
    expect(loc.t('statement.requiredByLaw', { data: 'nama', purpose: 'akuntansi' })).toBe('Peraturan perundang-undangan mewajibkan kami memproses nama Anda untuk akuntansi.');
    expect(loc.t('statement.requiredByLawKeep', { data: 'nama', purpose: 'akuntansi' })).toBe('Peraturan perundang-undangan mewajibkan kami menyimpan nama Anda untuk akuntansi.');
  });
});

describe('SEA7-5 (carried): "your card brand and the last four digits of your card" in English', () => {
  it('sg, ph and my en say it in the processing, storage, retention and source lines; "with last four digits" nowhere', () => {
    const want: Array<[string, string, string[]]> = [
      ['sg', 'en', ['We store your card brand and the last four digits of your card ourselves, at our own establishment in Germany.', 'For payment processing, we keep your card brand and the last four digits of your card for 13 months from completion of the transaction.', 'transaction details, and your card brand and the last four digits of your card.']],
      ['ph', 'en', ['We store your card brand and the last four digits of your card ourselves', 'For payment processing, we keep your card brand and the last four digits of your card for 13 months']],
      ['my', 'en', ['We obtain your card brand and the last four digits of your card from our payment processor Stripe Payments Europe.']],
    ];
    for (const [region, locale, lines] of want) {
      const text = render('payment_receipt', region, locale).clause.text;
      for (const line of lines) expect(text, `${region} ${locale}`).toContain(line);
      expect(text, `${region} ${locale}`).not.toContain('with last four digits');
    }
  });
});

describe('ID8-2: the review pack glosses the Indonesian route as the clause states it, and cites as Indonesian statutes do', () => {
  it('the contract route is "adequate and binding protection: a contract with the recipient" (Pasal 56 ayat (3)), not "a comparable standard"', () => {
    const id = cell(table('payment_receipt', ['id']), 'payment', 'transfer', 'id');
    expect(id).toContain('Stripe Payments Europe: adequate and binding protection: a contract with the recipient (Pasal 56 ayat (3) UU PDP)');
    expect(id).not.toContain('comparable standard');
    // Other members keep their own gloss.
    expect(cell(table('payment_receipt', ['sg']), 'payment', 'transfer', 'sg')).toContain('a contract that obliges the recipient to protect the data to a comparable standard (section 26 of the PDPA 2012');
  });

  it('"Pasal 21 ayat (1) huruf d dan huruf f UU PDP": a further provision of one article names only what it does not share', () => {
    const r = render('payment_receipt', 'id', 'id');
    const retention = r.clause.elements.find((e) => e.id === 'retention')!;
    expect(retention.citation).toBe('Pasal 21 ayat (1) huruf d dan huruf f UU PDP');
    const purposes = r.clause.elements.find((e) => e.id === 'purposes')!;
    expect(purposes.citation).toBe('Pasal 21 ayat (1) huruf a, huruf b, dan huruf c serta Pasal 20 ayat (1) UU PDP');
    for (const e of r.clause.elements) expect(e.citation, e.id).not.toMatch(/ayat \((\d+)\) huruf [a-z](,| dan) ayat \(\1\)/);
  });
});

describe('SG8-1: the German tax records are not glossed as a legal obligation under s.13(b) ("written law" is Singapore\'s)', () => {
  it('the accounting row reads deemed consent (s.15), says why not s.13(b), and cites s.15 once', () => {
    const sg = cell(table('payment_receipt', ['sg']), 'accounting', 'basis', 'sg');
    // Review 9 SG9-1: the keeping on s.25(b) (test/regions/review9.test.ts).
    expect(sg).toBe('deemed consent under subsection (1) of section 15 of the PDPA 2012 for collecting and using the data for the purchase and its invoice; keeping the invoice copies for the period the tax law of Germany sets: retention necessary for legal purposes (section 25(b) of the PDPA 2012); the tax law of Germany is not "written law" under section 13(b)');
    expect(sg).not.toMatch(/compliance with a legal obligation/);
  });

  it('the choice is recorded as unsettled on the clause; the clause text itself is unchanged (no basis line in Singapore)', () => {
    const r = render('payment_receipt', 'sg', 'en');
    const notes = r.clause.elements.flatMap((e) => e.notes ?? []);
    expect(notes.some((n) => n.key === 'basis.legal_obligation' && /not settled/.test(n.note) && /deemed consent, s\.15/.test(n.note))).toBe(true);
    expect(r.clause.text).not.toMatch(/deemed consent|written law" under/);
  });
});

describe('SEA8-2: the pack says our processor\'s onward transfer stays within our accountability (sg, my, id, ph)', () => {
  const want: Record<string, string> = {
    sg: 'onward transfer by our data intermediary to its own processor in United States (US): within our accountability (sections 4(3) and 26 of the PDPA 2012); no route of ours is stated. Confirm that our contract with the data intermediary covers it and names United States (US) (regulation 11(2) of the PDP Regulations 2021)',
    my: 'onward transfer by our data processor to its own processor in United States (US): within our accountability (seksyen 129 Akta 709); no route of ours is stated',
    id: 'onward transfer by our Prosesor Data Pribadi to another Prosesor Data Pribadi in United States (US): within our accountability (Pasal 51 ayat (3) and Pasal 56 UU PDP; our written approval, Pasal 51 ayat (5) UU PDP)',
    ph: 'onward transfer by our personal information processor to its subcontracted processor in United States (US): within our accountability (Section 21(a) of the Data Privacy Act of 2012)',
  };
  it('Stripe (payment_receipt) and Meta (order_shipped) rows, never "the recipient\'s own transfer … on its own safeguards"', () => {
    const regions = Object.keys(want);
    const pay = table('payment_receipt', regions);
    const ship = table('order_shipped', regions);
    for (const region of regions) {
      const stripe = cell(pay, 'payment', 'transfer', region);
      expect(stripe, region).toContain(`Stripe Payments Europe, stored in United States (US): ${want[region]}`);
      expect(stripe, region).toContain('(see the sub-processor note on the clause)');
      const meta = ship.filter((r) => r.transfer.some((x) => x.region === region && x.text.includes('Meta Platforms Ireland Limited, stored in United States (US)')));
      expect(meta.length, region).toBeGreaterThan(0);
      for (const r of meta) expect(cell(ship, r.id, 'transfer', region), region).toContain(`Meta Platforms Ireland Limited, stored in United States (US): ${want[region]}`);
      for (const r of [...pay, ...ship]) expect(cell([...pay, ...ship], r.id, 'transfer', region), `${r.id} ${region}`).not.toMatch(/own transfer to where it stores the data|on its own safeguards/);
    }
  });

  it('a third party\'s own route (WhatsApp LLC) keeps its note', () => {
    const ship = table('order_shipped', ['sg']);
    expect(ship.some((r) => r.transfer.some((x) => x.text.startsWith('WhatsApp LLC: none stated: route unsettled')))).toBe(true);
  });
});

describe('ID8-1: the Stripe role line and the sub-processor line in native Indonesian', () => {
  it('(a) "Stripe Payments Europe melakukannya sebagai Pengendali Data Pribadi tersendiri", not "hal ini dilakukannya"', () => {
    const text = render('payment_receipt', 'id', 'id').clause.text;
    expect(text).toContain('; Stripe Payments Europe melakukannya sebagai Pengendali Data Pribadi tersendiri, untuk memenuhi kewajiban hukumnya sendiri dan bukan atas nama kami.');
    expect(text).not.toContain('hal ini dilakukannya');
  });

  it('(b) the sub-processor is a "Prosesor Data Pribadi lain" (UU PDP Pasal 51 ayat (4)), capitalised as the defined term', () => {
    const { templates } = examples();
    let seen = 0;
    for (const t of templates) {
      const text = render(t.id, 'id', 'id').clause.text;
      expect(text, t.id).not.toContain('prosesor data pribadi');
      seen += text.split('Prosesor Data Pribadi lain yang dilibatkan oleh').length - 1;
    }
    // Meta Platforms, Inc. behind every WhatsApp template, Stripe, Inc. behind Stripe.
    expect(seen).toBeGreaterThanOrEqual(2);
    expect(render('payment_receipt', 'id', 'id').clause.text).toContain('oleh Stripe, Inc., Prosesor Data Pribadi lain yang dilibatkan oleh pemroses pembayaran Stripe Payments Europe: Amerika Serikat.');
  });
});
