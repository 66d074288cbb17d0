import { describe, expect, it } from 'vitest';
import { resourceKeys } from '../src/load/locales.js';
import { Localizer } from '../src/render/localizer.js';
import { ACTIONS } from '../src/claims/claim.js';
import { examples, regionLocales } from './helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const en = catalog.locale('en');
const enKeys = resourceKeys(en.wording).sort();
const required = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'zh-CN', 'ms', 'id', 'th', 'vi'];

describe('locales', () => {
  it('ships every locale the regions need', () => {
    expect(catalog.locales).toEqual(expect.arrayContaining(required));
    for (const { locale } of regionLocales(catalog)) expect(catalog.locales).toContain(locale);
  });

  for (const lng of required) {
    describe(lng, () => {
      it('has every wording key, found without fallback', () => {
        const data = catalog.locale(lng);
        expect(resourceKeys(data.wording).sort()).toEqual(enKeys);
        const loc = new Localizer(data);
        for (const key of enKeys) expect(loc.has(key), key).toBe(true);
      });
      it('fills placeholders exactly as i18next does', () => {
        const loc = new Localizer(catalog.locale(lng));
        for (const key of enKeys) {
          const values = { number: '5.2', title: 'T', name: 'N {{x}}', data: 'D', purpose: 'P', recipient: 'R', email: 'e@x', url: 'https://x', places: 'PL', destination: 'DS', mechanism: 'M', duration: '3 d', event: 'EV', law: 'L', interest: 'I', basis: 'B', type: 'TY', country: 'C', label: 'LB', article: 'A', groups: 'G', reference: 'RF', how: 'H', authority: 'AU', categories: 'CA', category: 'CT', contact: 'CO', filing: 'F', channel: 'CH', language: 'LG', address: 'AD' };
          // Thai: a Latin-script value set against Thai text is spaced off it, as Thai writes a
          // foreign name (src/render/localizer.ts spacedJoin; "Limitedไปยัง" was the fault).
          const own = loc.i18nextT(key, values);
          // Simplified Chinese: likewise a Latin name against Han characters ("Sinch Sweden 处理", review-3
          // CN3-10), but not an e-mail address or link (发送电子邮件至e@x即可).
          const han = (s: string) => s.replace(/(?<![@/:][\x21-\x7e]*)(\p{Script=Latin})(?=\p{Script=Han})|(\p{Script=Han})(?=\p{Script=Latin}(?![\x21-\x7e]*[@:]))/gu, '$1$2 ');
          expect(loc.t(key, values), key).toBe(lng === 'th' ? own.replace(/(\p{Script=Latin})(?=\p{Script=Thai})|(\p{Script=Thai})(?=\p{Script=Latin})/gu, '$1$2 ') : lng === 'zh-CN' ? han(own) : own);
        }
      });
      it('has a label for every taxonomy entry, and no label for unknown entries', () => {
        const data = catalog.locale(lng);
        for (const kind of ['data', 'purpose', 'recipient'] as const) {
          expect(Object.keys(data.labels[kind]).sort()).toEqual([...catalog.taxonomy[kind].keys()].sort());
        }
      });
      it('labels and synonyms are unambiguous within the locale', () => {
        const data = catalog.locale(lng);
        const seen = new Map<string, string>();
        for (const kind of ['data', 'purpose', 'recipient'] as const) {
          for (const [key, entry] of Object.entries(data.labels[kind])) {
            for (const phrase of [entry.label, ...(entry.synonyms ?? [])]) {
              const norm = phrase.toLocaleLowerCase(lng);
              const prior = seen.get(norm);
              expect(prior === undefined || prior === `${kind}:${key}`, `"${phrase}" is both ${prior} and ${kind}:${key}`).toBe(true);
              seen.set(norm, `${kind}:${key}`);
            }
          }
        }
      });
      it('has reader words for every action', () => {
        const data = catalog.locale(lng);
        for (const a of ACTIONS) expect(data.reader.actions[a]?.length ?? 0, a).toBeGreaterThan(0);
        expect(data.reader.negation.length).toBeGreaterThan(0);
        expect(data.reader.exclusive.length).toBeGreaterThan(0);
      });
    });
  }
});

// Words that only English uses among the supported locales.
const ENGLISH = ['the', 'and', 'your', 'we', 'with', 'our', 'you', 'share', 'store', 'keep', 'transfer', 'only', 'days', 'years', 'rights', 'privacy', 'policy', 'process', 'from', 'for', 'which', 'this', 'these'];

function stripNames(text: string, names: string[]): string {
  let out = text.replace(/https:\/\/\S+/g, ' ').replace(/\S+@\S+/g, ' ');
  for (const n of names.sort((a, b) => b.length - a.length)) out = out.split(n).join(' ');
  return out;
}

describe('rendered output is clean in every example × region × locale', () => {
  for (const t of templates) {
    for (const { region, locale } of regionLocales(catalog)) {
      it(`${t.id} × ${region} × ${locale}`, () => {
        const res = renderer.render(t, catalog.region(region), locale, org);
        const texts = [res.footer.text, res.clause.text, ...res.clause.companions.map((c) => c.text)];
        for (const text of texts) {
          expect(text).not.toContain('{{');
          expect(text).not.toContain('}}');
          expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
          expect(text).not.toMatch(/\b(clause|statement|footer|basis|mechanism|event|rights|ccpa|filing|channel)\.[a-z][A-Za-z_]+/);
        }
        if (t.channel === 'whatsapp') expect([...res.footer.text].length).toBeLessThanOrEqual(60);
        expect(res.footer.fits).toBe(true);
        if (locale !== 'en') {
          const names = [
            org.controller.name, org.controller.address, org.dpo?.name ?? '', org.supervisoryAuthority?.name ?? '',
            org.china?.representative?.name ?? '', org.china?.piOfficer?.name ?? '', org.china?.exportFiling?.number ?? '',
            ...t.flows.flatMap((f) => [...f.recipients.map((r) => r.name ?? ''), f.retention?.statutory?.law ?? '', f.consent?.withdrawal ?? '', f.legitimateInterest ?? '']),
          ].filter(Boolean);
          const words = stripNames(`${res.footer.text}\n${res.clause.text}`, names).toLowerCase().split(/[^\p{L}]+/u);
          const english = words.filter((w) => ENGLISH.includes(w));
          expect(english, `English words in ${locale}`).toEqual([]);
        }
      });
    }
  }
});
