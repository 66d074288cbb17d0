/**
 * Review 9 (EU and California; /work/notes/review-9-eu-ca.md), issue 17, rendered in-process (library calls only):
 * - CA9-1: AdReach's audience data are kept 90 days from collection, or until the consent is withdrawn if that is
 *   sooner (retention.endsOnWithdrawal), in every region and locale, not only the EU: the cap is a fact of our
 *   practice. The sentence states a maximum, so its claim is "up to 90 days".
 */
import { describe, expect, it } from 'vitest';
import { examples, regionLocales } from '../helpers/examples.js';
import type { Template } from '../../src/model/types.js';
import { recipientTransfer } from '../../src/render/statements.js';

/** The words of the cap in each locale's sentence (locales/<lng>/wording.yaml statement.retainEndsOnWithdrawal). */
const CAP: Record<string, string> = {
  en: 'or until you withdraw your consent if that is sooner',
  de: 'längstens bis zum Widerruf Ihrer Einwilligung',
  fr: "ou jusqu'au retrait de votre consentement s'il intervient plus tôt",
  es: 'o hasta que retire su consentimiento, si esto ocurre antes',
  it: 'se anteriore, fino alla revoca del Suo consenso',
  nl: 'of tot u uw toestemming intrekt als dat eerder is',
  pl: 'nie dłużej niż do czasu wycofania Twojej zgody',
  id: 'atau hingga Anda menarik kembali persetujuan Anda, mana yang lebih dahulu',
  ms: 'atau sehingga anda menarik balik persetujuan anda, yang mana lebih awal',
  th: 'หรือจนกว่าท่านจะถอนความยินยอม แล้วแต่อย่างใดจะถึงก่อน',
  vi: 'hoặc cho đến khi bạn rút lại sự đồng ý, tùy thời điểm nào đến trước',
  'zh-CN': '您在此之前撤回同意的，保存至您撤回同意时止',
};

/** The cap where the line leads with its purpose in a region whose lines otherwise name none (statement.retainEndsOnWithdrawalForPurpose). */
const LED_CAP: Record<string, string> = {
  en: 'or until you withdraw your consent to personalised advertising if that is sooner',
  ms: 'atau sehingga anda menarik balik persetujuan anda untuk pengiklanan diperibadikan, yang mana lebih awal',
  id: 'atau hingga Anda menarik kembali persetujuan Anda untuk iklan yang dipersonalisasi, mana yang lebih dahulu',
};

describe('CA9-1: the AdReach period ends on withdrawal in every region', () => {
  const ex = examples();
  const mp = ex.templates.find((t) => t.id === 'marketing_promotion')!;
  it('California en and es: the sentence states the cap, with the purpose', () => {
    const ca = ex.catalog.region('california');
    expect(ex.renderer.render(mp, ca, 'en', ex.org).clause.text).toContain(
      'For cross-context behavioral advertising, we keep your phone number, device identifier, and order history for 90 days from collection, or until you withdraw your consent if that is sooner.',
    );
    expect(ex.renderer.render(mp, ca, 'es', ex.org).clause.text).toContain('durante 90 días a contar desde la recogida, o hasta que retire su consentimiento, si esto ocurre antes.');
  });
  it('every region and locale that keeps the audience data: the cap is stated and the claim is up to 90 days', () => {
    let seen = 0;
    for (const { region, locale } of regionLocales(ex.catalog)) {
      const res = ex.renderer.render(mp, ex.catalog.region(region), locale, ex.org);
      const kept = res.clause.claims.filter((c) => c.action === 'retain' && c.data === 'user.device.device_id').map((c) => c.retention);
      if (!kept.length) continue;
      seen++;
      // Where the retention lines name no purpose of their own (sg, ph, my, id, sea), the cap names the consent it ends
      // with (review 10 L10-1: test/regions/review10.test.ts); elsewhere the line's purpose leads it.
      const text = res.clause.text;
      expect(text.includes(CAP[locale]!) || text.includes(LED_CAP[locale] ?? '\u0000'), `${region}/${locale}`).toBe(true);
      expect(kept, `${region}/${locale}`).toEqual([{ value: 90, unit: 'day', from: 'collection', upTo: true }]);
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe('EU9-2: the AdReach consequence names the data (en "based on them", es "ellos" twice)', () => {
  const ex = examples();
  const mp = ex.templates.find((t) => t.id === 'marketing_promotion')!;
  it('en and es', () => {
    const eu = ex.catalog.region('eu');
    const en = ex.renderer.render(mp, eu, 'en', ex.org).clause.text;
    expect(en).toContain('Providing your phone number for personalised advertising is voluntary; if you do not, you will not be shown personalised advertising based on your data.');
    expect(en).not.toContain('based on them');
    const es = ex.renderer.render(mp, eu, 'es', ex.org).clause.text;
    expect(es).toContain('Sin ellos, no se le mostrará publicidad personalizada basada en sus datos.');
    expect(es).not.toContain('basada en ellos');
  });
});

describe('EU9-3, CA9-2: the English card label closes a data list with "and your", not ", as well as"', () => {
  const ex = examples();
  const pr = ex.templates.find((t) => t.id === 'payment_receipt')!;
  it('eu and california en: the use and retention lines', () => {
    for (const region of ['eu', 'california']) {
      const text = ex.renderer.render(pr, ex.catalog.region(region), 'en', ex.org).clause.text;
      expect(text, region).toContain('your name, email address, payment card details, transaction details, and your card brand and the last four digits of your card.');
      expect(text, region).toContain('we keep your name, email address, transaction details, and your card brand and the last four digits of your card for 13 months');
      expect(text, region).not.toContain(', as well as card brand');
    }
  });
  it('a list of purposes keeps "as well as"', () => {
    const loc = ex.renderer.localizer('en');
    expect(loc.list(['payment processing', 'tax and accounting records'])).toBe('payment processing as well as tax and accounting records');
  });
});

describe('EU9-1: every note on a DPF certification the clause states comes from the data (dpfChecked)', () => {
  const ex = examples();
  const eu = ex.catalog.region('eu');
  const dpfNotes = (t: Template, lng = 'en') => {
    const res = ex.renderer.render(t, eu, lng, ex.org);
    return { res, notes: res.clause.elements.flatMap((e) => e.notes ?? []).filter((n) => n.key === 'mechanism.dpf'), unsettled: res.clause.elements.map((e) => e.unsettled ?? '').join(' ') };
  };
  const byId = (id: string) => ex.templates.find((t) => t.id === id)!;

  it('support_followup, eu: Zendesk, Inc. and Meta Platforms, Inc. "not checked", as the template and channel record it', () => {
    expect(byId('support_followup').flows.flatMap((f) => f.recipients).find((r) => r.dpfCertified)!.dpfChecked).toBe('not checked');
    const { notes } = dpfNotes(byId('support_followup'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.note).toContain('DPF List entry checked (as the data record it, dpfChecked): Zendesk, Inc.: not checked; Meta Platforms, Inc.: not checked.');
  });

  // Before: the note reached support_followup only; payment_receipt (Stripe, Inc.) and the WhatsApp templates (Meta
  // Platforms, Inc.) carried hand-written "(not reached) … confirm before sign-off" prose that a recorded date would leave stale.
  it.each([
    ['payment_receipt', 'Stripe, Inc.: not checked.'],
    ['order_shipped', 'Meta Platforms, Inc.: not checked.'],
    ['marketing_promotion', 'Meta Platforms, Inc.: not checked.'],
  ])('%s, eu, every locale: the mechanism.dpf note names %s and no note says the List was "not reached"', (id, line) => {
    for (const lng of eu.locales) {
      const { notes, unsettled } = dpfNotes(byId(id), lng);
      expect(notes, lng).toHaveLength(1);
      expect(notes[0]!.note).toContain(`DPF List entry checked (as the data record it, dpfChecked): ${line}`);
      expect(unsettled).not.toMatch(/dataprivacyframework\.gov\/list[^.]*not reached/);
      expect(notes[0]!.note).not.toMatch(/In the examples|not reached/);
    }
  });

  it('a date recorded in dpfChecked is what every note then says, and the pack rows are the same data', () => {
    const base = byId('payment_receipt');
    const dated = (r: Template['flows'][number]['recipients'][number]) => (r.subProcessor?.name === 'Stripe, Inc.' ? { ...r, subProcessor: { ...r.subProcessor, dpfChecked: '2026-12-07' } } : r);
    const t: Template = { ...base, flows: base.flows.map((f) => ({ ...f, recipients: f.recipients.map(dated) })) };
    const flow = t.flows.find((f) => f.recipients.some((r) => r.subProcessor?.name === 'Stripe, Inc.'))!;
    const stripe = flow.recipients.find((r) => r.subProcessor?.name === 'Stripe, Inc.')!;
    const { res, notes } = dpfNotes(t);
    expect(notes[0]!.note).toContain('Stripe, Inc.: active on 2026-12-07.');
    expect(res.dpfStated).toEqual([{ name: 'Stripe, Inc.', checked: '2026-12-07', flow: flow.id, sub: true }]);
    expect(recipientTransfer(stripe, flow, eu, 'US', ex.org)!.note).toContain('its DPF List entry checked: active on 2026-12-07 (dpfChecked)');
  });

  it('no DPF note where no clause states a certification (california, sg)', () => {
    for (const region of ['california', 'sg']) {
      const res = ex.renderer.render(byId('support_followup'), ex.catalog.region(region), 'en', ex.org);
      expect(res.dpfStated, region).toEqual([]);
      expect(res.clause.elements.flatMap((e) => e.notes ?? []).filter((n) => n.key === 'mechanism.dpf'), region).toEqual([]);
    }
  });
});
