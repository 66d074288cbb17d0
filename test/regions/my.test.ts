/**
 * Malaysia (issue 17): Act 709 as amended by Act A1727 (2024), cited in Malay in the Malay text and in
 * English in the English companion; the notice in both languages (s.7(3)). Facts:
 * /work/notes/law-sg-my-id-ph.md §2.
 */
import { describe, expect, it } from 'vitest';
import { checkFindings, cite, element, expectOwnLawOnly, find, linesWith, renderMember } from './sea-members.js';

describe('my', () => {
  const { region, renders } = renderMember('my');

  it('cites only Malaysian law, for every element, basis and mechanism', () => expectOwnLawOnly('my'));

  it('a contract binding the recipient is the due-diligence ground 129(3)(f), its letter after A1727 marked unsettled', () => {
    // Named by its lowest level, as the Act cites itself (native form, issue 17).
    expect(cite(region, 'mechanism', 'contract', 'ms')).toBe('perenggan 129(3)(f) Akta 709');
    // The English version cites as the Act cites itself too (review 5 MY-9).
    expect(cite(region, 'mechanism', 'contract', 'en')).toBe('paragraph 129(3)(f) of Act 709');
    expect(region.unsettled?.['mechanism.contract']).toMatch(/A1727/);
    const r = find(renders, 'appointment_reminder', 'ms');
    const transfers = linesWith(r.clause, 'Kami memindahkan');
    expect(transfers.length).toBeGreaterThan(0);
    for (const l of transfers) expect(l).toContain('sebagai sebahagian daripada langkah berjaga-jaga yang munasabah dan usaha wajar kami (perenggan 129(3)(f) Akta 709)');
    const en = linesWith(find(renders, 'appointment_reminder', 'ms').companions[0]!, 'We transfer');
    for (const l of en) expect(l).toContain('as part of the reasonable precautions and due diligence we take (paragraph 129(3)(f) of Act 709)');
    expect(element(r, 'transfer').unsettled).toMatch(/A1727/);
  });

  it('Malay text carries Malay citations and terms, no English acronyms', () => {
    for (const r of renders.filter((x) => x.locale === 'ms')) {
      expect(r.clause).not.toMatch(/\bPDPA\b|\bs\.\d/);
      // The government sentence: a permission in Malay terms (review-sea MY-3), no longer the "hanya bagi
      // mematuhi kewajipan undang-undang" promise; the Act's verb "menzahirkan" and "by or under any law" (review 5 MY-11).
      expect(r.clause).toContain('Kami mungkin menzahirkan data peribadi anda kepada pihak berkuasa awam jika penzahiran itu dikehendaki atau dibenarkan oleh atau di bawah mana-mana undang-undang');
      expect(r.clause).not.toMatch(/mendedahkan/);
      expect(r.footer).not.toContain('§');
    }
    expect(find(renders, 'order_shipped', 'ms').footer).toMatch(/Dasar Privasi, bahagian 5\.2/);
  });

  it('rights: access, correction, withdrawal, direct marketing and portability after A1727 (ss.30, 34, 38, 43, 43A)', () => {
    const ms = linesWith(find(renders, 'order_shipped', 'ms').clause, 'Anda boleh meminta akses');
    expect(ms).toHaveLength(1);
    // Malay drafting names "seksyen" once (review-sea MY-7).
    expect(ms[0]).toContain('(seksyen 30, 34, 38, 43 dan 43A Akta 709)');
    expect(ms[0]).toContain('pemasaran langsung');
    const en = linesWith(find(renders, 'order_shipped', 'ms').companions[0]!, 'You can ask for access');
    expect(en[0]).toContain('(sections 30, 34, 38, 43 and 43A of Act 709)');
  });

  it('the data protection officer is s.12A, breach notification is not a notice element, and the notice is bilingual (s.7(3))', () => {
    expect(region.elements.find((e) => e.id === 'contact')!.article).toContain('section 12A');
    const r = find(renders, 'order_shipped', 'ms');
    expect(r.companions).toHaveLength(1);
    expect(element(r, 'bilingual_notice').citation).toBe('subseksyen 7(3) Akta 709');
  });

  it('health data is sensitive personal data under s.40 (appointment reminder)', () => {
    const r = find(renders, 'appointment_reminder', 'ms');
    const el = element(r, 'sensitive_data');
    expect(el.written).toBe(true);
    expect(el.citation).toBe('perenggan 40(1)(a) Akta 709');
    expect(r.clause).toContain('Data peribadi sensitif');
  });

  it('s.43 (stop direct marketing at any time) is stated in the rights sentence, the same in Malay and English (review-sea MY-2)', () => {
    for (const t of ['marketing_promotion', 'order_shipped']) {
      const r = find(renders, t, 'ms');
      expect(linesWith(r.clause, 'pada bila-bila masa meminta kami menghentikan pemasaran langsung kepada anda (seksyen 30, 34, 38, 43 dan 43A Akta 709)'), t).toHaveLength(1);
      expect(linesWith(r.companions[0]!, 'at any time ask us to stop direct marketing to you (sections 30, 34, 38, 43 and 43A of Act 709)'), t).toHaveLength(1);
      // No GDPR Art. 21(2) wording in the English version ("including profiling"), which the Malay does not say.
      expect(r.companions[0]!).not.toMatch(/including profiling|object at any time/);
      expect(r.elements.some((e) => e.id === 'direct_marketing_objection'), t).toBe(false);
    }
  });

  it('s.7(3): the English version says sentence for sentence what the Malay says', () => {
    for (const r of renders.filter((x) => x.locale === 'ms')) {
      const ms = r.clause.split('\n');
      const en = r.companions[0]!.split('\n');
      // The English version has its heading line ("English version") and then one line per Malay line.
      expect(en[0], r.template).toBe('English version');
      expect(en.length - 1, r.template).toBe(ms.length);
      // Sentence by sentence: the same citations, in each language's form.
      for (let i = 0; i < ms.length; i++) {
        const msCites = (ms[i]!.match(/(?:sub)?(?:seksyen|perenggan) [^)]*Akta 709/g) ?? []).length;
        const enCites = (en[i + 1]!.match(/(?:sub)?(?:sections?|paragraphs?) [^)]*of Act 709/g) ?? []).length;
        expect(enCites, `${r.template} line ${i}: ${ms[i]} | ${en[i + 1]}`).toBe(msCites);
      }
    }
    // Own storage in natural Malay (review-sea MY-6), as the English says it.
    const r = find(renders, 'order_shipped', 'ms');
    expect(r.clause).toContain('Tempat penyimpanan nama, nombor telefon dan alamat pos anda ialah premis kami sendiri di Jerman.');
    expect(r.clause).not.toMatch(/pertubuhan|oleh kami sendiri, di premis/);
  });

  it('no legitimate-interests basis exists in Malaysia', () => {
    expect(region.citations?.basis['legitimate_interests']).toBeUndefined();
    expect(region.legalBasisArticles.legitimate_interests).toBeUndefined();
    expect(region.unsettled?.['basis.legitimate_interests']).toMatch(/s\.6/);
  });

  it('a flow on legitimate interests is a finding under my, not under th or id (whose laws offer it)', async () => {
    const mine = await checkFindings('broken/crosscheck-basis-unavailable.yaml', 'my');
    expect(mine.filter((x) => x.ruleId === 'legal-basis-unavailable').map((x) => x.message)).toEqual([expect.stringMatching(/Act 709|PDPA \(Malaysia\)/)]);
    for (const other of ['th', 'id', 'sg', 'ph']) {
      const findings = await checkFindings('broken/crosscheck-basis-unavailable.yaml', other);
      expect(findings.filter((x) => x.ruleId === 'legal-basis-unavailable'), other).toEqual([]);
    }
  });
});
