/**
 * Review 5 TH5-1 (MAJOR) and review 3 EU-A, applied to every Southeast Asian member (2026-12-06): no
 * region writes the EU-style onward sentence that Meta Platforms Ireland Limited transfers the data to
 * the United States "on the basis of its own safeguards" (statement.transferOnward) — that is no transfer
 * route under any of these laws, and it made Meta Platforms Ireland Limited the US holder. sg, my, id and
 * ph name the one that stores in the United States, Meta Platforms, Inc., in the storage sentence, in their
 * law's own term (sg data intermediary, PDPA 2012 s.2(1); my data processor / pemproses data, Act 709 s.4;
 * id prosesor data pribadi lain, UU PDP Pasal 51 ayat (4); ph subcontracted personal information processor,
 * DPA s.3(i), IRR s.43-44), with the note that Meta's own transfer route under that law is unconfirmed.
 * Rendered in-process from the examples.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, examples, regionLocales } from '../helpers/examples.js';
import { element, find, linesWith, renderMember } from './sea-members.js';

const WHATSAPP = ['marketing_promotion', 'one_time_passcode', 'order_shipped', 'service_hours_notice', 'support_followup'];

/** The fixed words of a sentence key in a locale (its text between placeholders), longest first. */
function fixedParts(text: string): string[] {
  return text
    .split(/\u0001[a-z]+\u0001/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12)
    .sort((a, b) => b.length - a.length);
}

describe('no region writes the "own safeguards" onward sentence (review 5 TH5-1, review 3 EU-A)', () => {
  const { catalog, org, templates, renderer } = examples();
  it('every template × region × locale', () => {
    let checked = 0;
    for (const { region, locale } of regionLocales(catalog)) {
      // The locale's own wording of the onward sentence, its placeholders marked.
      const wording = parse(readFileSync(path.join(ROOT, 'locales', locale, 'wording.yaml'), 'utf8')) as { statement: Record<string, string> };
      const onward = wording.statement['transferOnward']!.replace(/\{\{\s*(\w+)\s*\}\}/g, '\u0001$1\u0001');
      const part = fixedParts(onward)[0];
      expect(part, `${locale}: statement.transferOnward has fixed words`).toBeDefined();
      for (const t of templates) {
        const text = renderer.render(t, catalog.region(region), locale, org).clause.text;
        expect(text, `${t.id} × ${region} × ${locale}`).not.toContain(part);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
  it('nor the words the markets were seen with before the fix', () => {
    for (const { region, locale } of regionLocales(catalog)) {
      for (const t of templates) {
        const text = renderer.render(t, catalog.region(region), locale, org).clause.text;
        for (const seen of ['rests on its own safeguards', 'berdasarkan langkah perlindungannya sendiri', 'berdasarkan pelindungan yang ditetapkannya sendiri', 'โดยอาศัยมาตรการคุ้มครองของผู้รับนั้นเอง', 'trên cơ sở các biện pháp bảo vệ của chính mình']) {
          expect(text, `${t.id} × ${region} × ${locale}`).not.toContain(seen);
        }
      }
    }
  });
});

const EXPECTED: Record<'sg' | 'my' | 'id' | 'ph', Record<string, { line: string; route: RegExp }>> = {
  sg: {
    en: {
      line: 'Messaging provider Meta Platforms Ireland Limited has its data intermediary Meta Platforms, Inc. store your phone number and message content (place of storage: United States).',
      route: /transfer route Meta relies on under s\.26 PDPA 2012 .* is not confirmed/,
    },
  },
  my: {
    ms: {
      line: 'Lokasi penyimpanan nombor telefon dan kandungan mesej anda oleh Meta Platforms, Inc., pemproses data yang dilantik oleh penyedia perkhidmatan pemesejan Meta Platforms Ireland Limited: Amerika Syarikat.',
      route: /transfer route Meta relies on under s\.129 of Act 709 .* is not confirmed/,
    },
    en: {
      line: 'Messaging provider Meta Platforms Ireland Limited has its data processor Meta Platforms, Inc. store your phone number and message content (place of storage: United States).',
      route: /transfer route Meta relies on under s\.129 of Act 709 .* is not confirmed/,
    },
  },
  id: {
    id: {
      line: 'Lokasi penyimpanan nomor telepon dan isi pesan Anda oleh Meta Platforms, Inc., Prosesor Data Pribadi lain yang dilibatkan oleh penyedia layanan pesan Meta Platforms Ireland Limited: Amerika Serikat.',
      route: /transfer route Meta relies on under Pasal 56 UU PDP .* is not confirmed/,
    },
  },
  ph: {
    en: {
      line: 'Messaging provider Meta Platforms Ireland Limited has its subcontracted personal information processor Meta Platforms, Inc. store your phone number and message content (place of storage: United States).',
      route: /transfer route Meta relies on .* are not confirmed/,
    },
  },
};

describe('sg, my, id, ph name Meta Platforms, Inc. as the one storing in the United States', () => {
  for (const member of ['sg', 'my', 'id', 'ph'] as const) {
    it(member, () => {
      const { renders } = renderMember(member);
      for (const [locale, want] of Object.entries(EXPECTED[member])) {
        for (const t of WHATSAPP) {
          const r = find(renders, t, locale);
          // One sentence names Meta (Ireland) with the US: the sub-processor's storage sentence.
          const us = linesWith(r.clause, /United States|Amerika (Serikat|Syarikat)/).filter((l) => l.includes('Meta Platforms'));
          expect(us, `${t} × ${locale}`).toEqual([want.line]);
          const el = element(r, 'sub_processor_storage');
          expect(el.written, `${t} × ${locale}`).toBe(true);
          expect(el.unsettled, `${t} × ${locale}`).toMatch(want.route);
          expect(el.unsettled, `${t} × ${locale}`).toContain('2026-12-06');
        }
        // No sub-processor abroad in the SMS clause: the element is not written. The e-mail receipt names
        // Stripe's (Stripe, Inc., review 5 EU-C), with Stripe's note and not Meta's.
        expect(find(renders, 'appointment_reminder', locale).elements.some((e) => e.id === 'sub_processor_storage' && e.written), `appointment_reminder × ${locale}`).toBe(false);
        expect(element(find(renders, 'payment_receipt', locale), 'sub_processor_storage').unsettled, `payment_receipt × ${locale}`).toMatch(/^Stripe, Inc\.: /);
      }
    });
  }
});
