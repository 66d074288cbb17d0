/**
 * Indonesia (issue 17): UU No. 27 Tahun 2022 (UU PDP), cited in Indonesian ("Pasal 20 ayat (2)
 * huruf b UU PDP"); transfers follow the Pasal 56 cascade. Facts: /work/notes/law-sg-my-id-ph.md §3.
 */
import { describe, expect, it } from 'vitest';
import { cite, element, expectOwnLawOnly, find, linesWith, renderMember } from './sea-members.js';

describe('id', () => {
  const { region, renders } = renderMember('id');

  it('cites only Indonesian law, for every element, basis and mechanism', () => expectOwnLawOnly('id'));

  it('bases are Pasal 20 ayat (2) huruf a–f, written in Indonesian', () => {
    const letters = { consent: 'a', contract: 'b', legal_obligation: 'c', vital_interests: 'd', public_task: 'e', legitimate_interests: 'f' } as const;
    for (const [k, l] of Object.entries(letters)) expect(cite(region, 'basis', k, 'id')).toBe(`Pasal 20 ayat (2) huruf ${l} UU PDP`);
    const r = find(renders, 'payment_receipt');
    expect(linesWith(r.clause, 'Dasar pemrosesan untuk pemrosesan pembayaran')[0]).toContain('(Pasal 20 ayat (2) huruf b UU PDP)');
    expect(linesWith(find(renders, 'appointment_reminder').clause, 'Dasar pemrosesan')[0]).toContain('persetujuan eksplisit Anda (Pasal 20 ayat (2) huruf a UU PDP)');
  });

  it('transfers: Pasal 56 ayat (2) equivalent country, ayat (3) binding safeguards, ayat (4) consent — a contract is ayat (3), not "setara"', () => {
    expect(cite(region, 'mechanism', 'comparable_protection', 'id')).toBe('Pasal 56 ayat (2) UU PDP');
    expect(cite(region, 'mechanism', 'contract', 'id')).toBe('Pasal 56 ayat (3) UU PDP');
    expect(cite(region, 'mechanism', 'explicit_consent', 'id')).toBe('Pasal 56 ayat (4) UU PDP');
    const transfers = linesWith(find(renders, 'order_shipped').clause, 'Kami mentransfer').filter((l) => !l.includes('WhatsApp LLC'));
    expect(transfers.length).toBeGreaterThan(0);
    for (const l of transfers) {
      // Pasal 56 ayat (3) in its own words: adequate and binding protection, here an agreement with the recipient.
      expect(l).toContain('berdasarkan Pelindungan Data Pribadi yang memadai dan bersifat mengikat, berupa perjanjian dengan penerima (Pasal 56 ayat (3) UU PDP).');
      expect(l).not.toContain('setara');
    }
    expect(region.unsettled?.['mechanism.comparable_protection']).toMatch(/lembaga/);
  });

  it('specific data (Pasal 4 ayat (2)), each with its letter: health (huruf a) in the appointment reminder, card data (huruf f) in the payment receipt (review-sea ID-4)', () => {
    for (const [t, letter] of [['appointment_reminder', 'a'], ['payment_receipt', 'f']] as const) {
      const r = find(renders, t);
      const el = element(r, 'sensitive_data');
      expect(el.written, t).toBe(true);
      // The element's citation in the pack is the sentence's own letter, not both (review 6 VN6-5, the general pack point).
      expect(el.citation).toBe(`Pasal 4 ayat (2) huruf ${letter} UU PDP`);
      expect(linesWith(r.clause, 'Data Pribadi yang bersifat spesifik'), t).toEqual([expect.stringMatching(new RegExp(`\\(Pasal 4 ayat \\(2\\) huruf ${letter} UU PDP\\)\\.$`))]);
    }
  });

  it('rights Pasal 5–13, including Pasal 11 (suspend or restrict) and Pasal 12 (sue and compensation)', () => {
    const line = linesWith(find(renders, 'order_shipped').clause, 'Anda berhak')[0]!;
    expect(line).toContain('(Pasal 5 sampai dengan Pasal 13 UU PDP)');
    // The rights as the articles' verbs state them (review-sea ID-8).
    // Pasal 6 (melengkapi, memperbarui, memperbaiki), Pasal 7 (akses, salinan) and Pasal 8 (mengakhiri, menghapus, memusnahkan) in full (review-3 ID-2).
    expect(line).toMatch(/^Anda berhak memperoleh informasi, melengkapi, memperbarui, dan memperbaiki Data Pribadi Anda, mengakses dan memperoleh salinannya, mengakhiri pemrosesan, menghapus, dan memusnahkannya, menarik kembali persetujuan, mengajukan keberatan atas pengambilan keputusan yang hanya didasarkan pada pemrosesan secara otomatis, menunda atau membatasi pemrosesan, menggugat dan menerima ganti rugi/);
    expect(line).toContain('menunda atau membatasi pemrosesan');
    expect(line).toContain('menggugat dan menerima ganti rugi');
  });

  it('the data protection officer by the statutory term of Pasal 53 (review-sea ID-5)', () => {
    expect(linesWith(find(renders, 'order_shipped').clause, 'Pejabat atau petugas')).toEqual(['Pejabat atau petugas yang melaksanakan fungsi Pelindungan Data Pribadi: dpo@nordlicht.example.']);
  });

  it('the supervisory body is recorded as not yet established; no complaints authority is invented', () => {
    expect(region.unsettled?.['authority']).toMatch(/not been established/);
    expect(region.authority).toBeUndefined();
    expect(region.elements.some((e) => e.id.startsWith('complaint'))).toBe(false);
  });

  it('Indonesian citations and footer, no English acronyms or "§"', () => {
    for (const r of renders) {
      // The German Fiscal Code keeps its own sign (§ 147 Abgabenordnung): it is the template's statute, not the profile's.
      expect(r.clause.replace(/§ 147 Abgabenordnung|§ 147 of the German Fiscal Code \(Abgabenordnung\)/g, '')).not.toMatch(/\bArt\. \d|\bs\.\d|§/);
      expect(r.footer).not.toContain('§');
    }
    expect(find(renders, 'support_followup').footer).toBe('Kebijakan Privasi bagian 5.6: https://nrdl.example/p');
    expect(element(find(renders, 'order_shipped'), 'government_disclosure').citation).toBe('Pasal 20 ayat (2) huruf c UU PDP');
  });
});
