/**
 * Legal review 9 (issue 17; /work/notes/review-9-sea.md, /work/notes/review-9-cn-th-vn.md): the MINOR findings
 * SG9-1, ID9-1, SEA9-1, SEA9-2 and VN9-1, rendered in-process from the examples or read from the review pack's
 * flows table (MY9-1's expectation is in sea-review8.test.ts, SEA8-1).
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

/** The review pack's flows table of a template for these regions (in-process, as sea-review8 does). */
export function table(template: string, regions: string[]): FlowView[] {
  const { catalog, org, templates, renderer } = examples();
  const t = templates.find((x) => x.id === template)!;
  const project = { catalog, org, renderer } as unknown as Project;
  const targets: Target[] = regions.map((id) => ({ region: catalog.region(id), locale: catalog.region(id).locales[0]! }));
  return flowViews(project, t, targets);
}

describe('SEA9-2: the sea group text ties the card to the contract its transfer sentence states', () => {
  it('the group card sentence names the contract described below, and the contract sentence follows it', () => {
    const lines = render('payment_receipt', 'sea', 'en').clause.text.split('\n').map((l) => l.trim());
    const at = lines.indexOf('You enter your payment card details directly with our payment processor Stripe Payments Europe (Ireland), which receives them from you on our behalf under the contract described below; they do not pass through our systems.');
    expect(at).toBeGreaterThanOrEqual(0);
    const contract = lines.findIndex((l) => /^We transfer your name, email address, and transaction details to payment processor Stripe Payments Europe \(Ireland\) on the basis of a contract/.test(l));
    expect(contract).toBeGreaterThan(at);
  });
});

const cell = (rows: FlowView[], flow: string, column: 'basis' | 'transfer', region: string) => rows.find((r) => r.id === flow)![column].find((x) => x.region === region)!.text;

describe('VN9-1: the vn pack states Stripe\'s US storage as part of our Điều 20 transfer, and quotes the storage sentence with one stop', () => {
  it('(a) the onward cell is within our accountability and points to the dossier, never "the recipient\'s own transfer"', () => {
    const vn = cell(table('payment_receipt', ['vn']), 'payment', 'transfer', 'vn');
    expect(vn).toContain('Stripe Payments Europe, stored in United States (US): onward transfer by our processor (bên xử lý dữ liệu cá nhân) to its own processor in United States (US): within our accountability: part of our cross-border transfer (điểm c khoản 1 Điều 20 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15)');
    expect(vn).toContain('the filed dossier must cover it (see the transfer_dossier note)');
    expect(vn).not.toMatch(/own transfer to where it stores the data|on its own safeguards/);
    // The WhatsApp rows too (Meta Platforms Ireland Limited's storage at Meta Platforms, Inc.).
    const ship = table('order_shipped', ['vn']);
    for (const r of ship) for (const t of r.transfer) expect(t.text, r.id).not.toMatch(/own transfer to where it stores the data/);
  });

  it('(b) the elided storage sentence ends "…", not "…."', () => {
    const vn = cell(table('payment_receipt', ['vn']), 'accounting', 'transfer', 'vn');
    expect(vn).toContain('(chuyển dữ liệu cá nhân xuyên biên giới theo điểm c khoản 1 Điều 20 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15): …"');
    expect(vn).not.toContain('….');
  });
});

describe('SEA9-1: the payment row\'s storage cell states the storage the clause states, names our own copies and no YAML field', () => {
  it('the note for sg, my, id, ph', () => {
    const pay = table('payment_receipt', ['sg', 'my', 'id', 'ph']).find((r) => r.id === 'payment')!;
    expect(pay.storage).toEqual([]);
    expect(pay.storageNote).toBe("not stored by us in this flow (our own records: rows payment_records (name, email address, and transaction details); card_receipt (card brand and the last four digits of your card)); Stripe Payments Europe's sub-processor Stripe, Inc. stores them in United States (US), as the clause states; the person enters their payment card details directly with Stripe Payments Europe");
    expect(pay.storageNote).not.toMatch(/collectedByRecipients|which collects/);
  });
});

describe('SG9-1: the German invoice copies are kept on s.25(b), collected and used on s.15(1); the label agrees with the gloss', () => {
  it('the accounting row glosses both provisions and cites s.15 once', () => {
    const sg = cell(table('payment_receipt', ['sg']), 'accounting', 'basis', 'sg');
    expect(sg).toBe('deemed consent under subsection (1) of section 15 of the PDPA 2012 for collecting and using the data for the purchase and its invoice; keeping the invoice copies for the period the tax law of Germany sets: retention necessary for legal purposes (section 25(b) of the PDPA 2012); the tax law of Germany is not "written law" under section 13(b)');
    expect(sg.match(/section 15 of the PDPA 2012/g)).toHaveLength(1);
  });

  it('the note cites the PDPC reply of 1 Aug 2014 and its label says s.13(b) does not apply, never "open"', () => {
    const notes = render('payment_receipt', 'sg', 'en').clause.elements.flatMap((e) => e.notes ?? []).filter((n) => n.key === 'basis.legal_obligation');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.article).toBe('section 15(1) with section 25(b) of the PDPA 2012 chosen; section 13(b) of the PDPA 2012 does not apply (not written law)');
    expect(notes[0]!.note).toContain('forum reply of 1 Aug 2014');
    expect(notes[0]!.note).toContain('s.25(b)');
    expect(notes[0]!.note).not.toMatch(/no PDPC guidance on foreign legal duties was found|reviewer may prefer/);
    // th and vn keep the generic label (thvn-review8 TH8-3(c)).
    const th = render('payment_receipt', 'th', 'th').clause.elements.flatMap((e) => e.notes ?? []).find((n) => n.key === 'basis.legal_obligation')!;
    expect(th.article).toMatch(/chosen for a legal obligation under another state's law; .* open$/);
  });
});

describe('ID9-1: Indonesian citations join as statutes draft, and the onward gloss names Pasal 51 ayat (3)', () => {
  it('(a) a series of three takes ", dan", the next article "serta"; two stay "dan"', () => {
    const r = render('payment_receipt', 'id', 'id');
    const cites = r.clause.elements.map((e) => e.citation);
    expect(cites).toContain('Pasal 21 ayat (1) huruf a, huruf b, dan huruf c serta Pasal 20 ayat (1) UU PDP');
    expect(cites).toContain('Pasal 21 ayat (1) huruf d dan huruf f UU PDP');
    // No article joined with "serta" where none is written with its provisions once.
    expect(cites).toContain('Pasal 21 ayat (1) huruf g dan Pasal 5 sampai dengan Pasal 13 UU PDP');
    for (const c of cites) expect(c).not.toMatch(/huruf [a-z] dan huruf [a-z] dan|huruf b dan huruf c dan Pasal/);
  });

  it('(b) the onward cell grounds the accountability on Pasal 51 ayat (3)', () => {
    const id = cell(table('payment_receipt', ['id']), 'payment', 'transfer', 'id');
    expect(id).toContain('within our accountability (Pasal 51 ayat (3) and Pasal 56 UU PDP; our written approval, Pasal 51 ayat (5) UU PDP)');
  });
});
