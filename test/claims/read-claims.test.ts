import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { clearReaderCache, readClaims, type ReadOptions } from '../../src/claims/read-claims.js';
import { recipientNames, verbatimTexts } from '../../src/check/run-rules.js';
import { examples, regionLocales } from '../helpers/examples.js';

const { catalog } = examples();
const read = (text: string, lng: string, names: string[] = []) => readClaims(text, catalog.locale(lng), { names }).claims.map(describeClaim).sort();

describe('reading hand-written text', () => {
  it('reads the seed case in English: a broad policy sentence', () => {
    expect(read('We share information with partners.', 'en')).toEqual(['share user → recipient']);
  });
  it('reads a specific sentence with a named recipient and its country', () => {
    expect(read('We share your phone number with the courier SwiftShip Logistics (United States) for order delivery.', 'en', ['SwiftShip Logistics'])).toEqual([
      'share user.contact.phone_number → recipient.service_provider.courier "SwiftShip Logistics" for essential.service.order_delivery in US',
    ]);
  });
  it('reads durations, "up to", the start event and denials', () => {
    expect(read('We keep your messages for up to 30 days from sending of the message.', 'en')).toEqual(['retain user.content.message for up to 30 days from message_sent']);
    expect(read('We do not sell your personal information.', 'en')).toEqual(['not sell user']);
    expect(read('We store your email address in the USA.', 'en')).toEqual(['store user.contact.email in US']);
  });
  it('does not split at abbreviations', () => {
    expect(read('We transfer your name to Meta Platforms, Inc. (United States) on the basis of the standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR).', 'en', ['Meta Platforms, Inc.'])).toEqual([
      'transfer user.name → "Meta Platforms, Inc." in US under scc',
    ]);
  });
  it('reads a name written straight after Chinese characters', () => {
    const claims = read('我们向快递公司SwiftShip Logistics（美国）提供您的以下信息：电话号码。', 'zh-CN', ['SwiftShip Logistics']);
    expect(claims.some((c) => c.includes('"SwiftShip Logistics"'))).toBe(true);
  });
  it('finds vague purposes and cues', () => {
    const r = readClaims('We may use your data to improve our services. You have the right of access.', catalog.locale('en'));
    expect(r.vague.map((v) => v.phrase)).toContain('improve our services');
    expect(r.cues.has('rights')).toBe(true);
  });
});

describe('the line cache', () => {
  it('reads every example clause and footer, in every region and locale, as a fresh reader does', () => {
    const { renderer, templates, org } = examples();
    const texts: Array<{ text: string; lng: string; options: ReadOptions }> = [];
    for (const { region, locale } of regionLocales(catalog)) {
      for (const t of templates) {
        const r = renderer.render(t, catalog.region(region), locale, org);
        const names = recipientNames(t);
        texts.push({ text: r.clause.text, lng: locale, options: { names, verbatim: verbatimTexts(t, org) } });
        texts.push({ text: r.footer.text, lng: locale, options: { names } });
        // The same lines at other offsets, and a line that now holds a name it did not.
        texts.push({ text: `Intro.\n${r.clause.body}\nWe share your name with ${names[0] ?? 'Parcelo'}.`, lng: locale, options: { names: [...names, 'Parcelo'] } });
        // A text lower-cased character by character (İ grows when lower-cased): its lines are compared on a hit.
        texts.push({ text: `İzmir.\n${r.footer.text}\n${r.clause.body}`, lng: locale, options: { names } });
      }
    }
    const readAll = (order: number[]) => {
      const out = new Map<number, unknown>();
      for (const i of order) {
        const r = readClaims(texts[i]!.text, catalog.locale(texts[i]!.lng), texts[i]!.options);
        out.set(i, { claims: r.claims, sentences: r.sentences, references: r.references, cues: r.cues, vague: r.vague });
      }
      return out;
    };
    const forward = texts.map((_, i) => i);
    clearReaderCache();
    const warm = readAll(forward);
    const again = readAll(forward);
    clearReaderCache();
    // Backwards from an empty cache: every text meets a different cache than it did above.
    const fresh = readAll([...forward].reverse());
    let lines = 0;
    for (const i of forward) {
      expect(again.get(i), texts[i]!.text).toEqual(fresh.get(i));
      expect(warm.get(i)).toEqual(fresh.get(i));
      lines += texts[i]!.text.split('\n').length;
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(lines).toBeGreaterThan(1000);
  });

  it('keeps one line read with each set of names it holds, more sets than it remembers for one line included', () => {
    const text = 'We share your phone number with Alpha, Beta, Gamma and Delta.\n';
    const all = ['Alpha', 'Beta', 'Gamma', 'Delta'];
    // All 16 subsets: more than the reads the cache keeps per line.
    const subsets = Array.from({ length: 16 }, (_, m) => all.filter((_, i) => m & (1 << i)));
    const names = (c: { recipient?: { name?: string } }) => c.recipient?.name;
    const fresh = subsets.map((list) => {
      clearReaderCache();
      return readClaims(text, catalog.locale('en'), { names: [...list] }).claims;
    });
    expect(fresh[15]!.map(names)).toEqual(expect.arrayContaining(all));
    expect(fresh[1]!.map(names).filter(Boolean)).toEqual(['Alpha']);
    clearReaderCache();
    for (let round = 0; round < 3; round++) {
      subsets.forEach((list, i) => expect(readClaims(text, catalog.locale('en'), { names: [...list] }).claims, list.join()).toEqual(fresh[i]));
    }
  });
});

describe('the lexicon', () => {
  it('lower-cases as the language does: the default mapping where it is the same, the language\'s own for Turkish, Azerbaijani and Lithuanian', async () => {
    const { normalizeText } = await import('../../src/claims/lexicon.js');
    const sample = 'İstanbul IRMAK ıi Ì Í Ĩ J̀ ΟΔΟΣ Straße ǅ Ⅻ ＡＢＣ 𐐀 ’Quote’ A–B';
    // What normalizing meant before the fast path: ICU's lower case for the language, then the
    // typographic apostrophes and dashes, character by character where the length changes.
    const expected = (lng: string) => {
      let out = sample.toLocaleLowerCase(lng);
      if (out.length !== sample.length) out = [...sample].map((ch) => (ch.toLocaleLowerCase(lng).length === ch.length ? ch.toLocaleLowerCase(lng) : ch)).join('');
      return out.replace(/[’‘]/g, "'").replace(/[‐‑–]/g, '-');
    };
    for (const lng of [...catalog.locales, 'tr', 'tr-TR', 'az', 'lt', 'lt-LT', 'TR', 'el', 'ru']) {
      expect(normalizeText(sample, lng).norm, lng).toBe(expected(lng));
    }
    expect(normalizeText('IRMAK', 'tr').norm).toBe('ırmak');
    expect(normalizeText('IRMAK', 'en').norm).toBe('irmak');
  });

  it('matches a phrase with a character outside the BMP (two UTF-16 code units)', async () => {
    const { Lexicon, normalize } = await import('../../src/claims/lexicon.js');
    const lex = new Lexicon(catalog.locale('zh-CN'), [{ kind: 'literal', value: '𠀋邮件' }]);
    const text = normalize('请看𠀋邮件。', 'zh-CN');
    const hit = lex.longestAt(text, 2);
    expect(hit?.end).toBe(2 + '𠀋邮件'.length);
    expect(hit?.entries).toEqual([{ kind: 'literal', value: '𠀋邮件' }]);
  });
});
