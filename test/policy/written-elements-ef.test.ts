/**
 * region-element-missing on policies people wrote (stop 27, EF): what the element's article asks for, read by
 * the structure of what the text says rather than by a phrase, and findings whose words stay true of the policy.
 * - Where the business itself keeps the data (Southeast Asia's local_storage, the lead's stop-27 decision): a
 *   recipient's storage abroad, named in the sentence or in the one before it, is no storage of ours.
 * - Data kept in a place outside the region is a transfer there, whoever keeps them.
 * - The rights stated by what the person may do (access and one more), under any heading.
 * - Whether data must be given, by what follows without them ("without them … cannot …").
 * - The finding names what is missing in words, the part missing where the rest is there (the legal basis where
 *   the purposes are stated), why an element the organization's declaration brings is asked, and never says the
 *   policy has no section it has.
 * Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('written-elements-ef-');

interface Related {
  element: string;
  line: number;
  message: string;
  statement?: string;
}

interface F {
  ruleId: string;
  messageId: string;
  message: string;
  data: Record<string, unknown>;
}

async function root(name: string, lines: string[], args: string[], template?: string): Promise<{ elements: string[]; finding?: F; related: Related[] }> {
  const { code, findings, err } = await checkText<F>(name, lines.join('\n'), args, template);
  expect(code, err).toBeLessThan(2);
  const finding = findings.find((f) => f.ruleId === 'region-element-missing' && f.messageId === 'absentPolicy');
  return { elements: (finding?.data['elements'] as string[] | undefined) ?? [], ...(finding ? { finding } : {}), related: (finding?.data['related'] as Related[] | undefined) ?? [] };
}

describe('where the business itself keeps the data (sg local_storage)', () => {
  const head = ['# Privacy at Pelangi Cycles', '', 'Pelangi Cycles Pte Ltd, 12 Jalan Besar, Singapore. Write to privacy@pelangi.example.', ''];
  it('a recipient\'s servers abroad, named in the sentence or in the one before, are not ours', async () => {
    const theirs = await root('theirs.md', [...head, '## Messages', '', 'Order updates reach you through our messaging provider. This company keeps the messages on its servers in the United States.'], ['--region', 'sg']);
    expect(theirs.elements).toContain('local_storage');
    const named = await root('named.md', [...head, '## Messages', '', 'Meta Platforms Ireland Limited keeps your phone number on servers in the United States.'], ['--region', 'sg']);
    expect(named.elements).toContain('local_storage');
  });
  it('our own records on a server in a named place are', async () => {
    const ours = await root('ours.md', [...head, '## Where we keep your records', '', 'We keep your order records on our own server in Singapore.'], ['--region', 'sg']);
    expect(ours.elements).not.toContain('local_storage');
  });
});

describe('data kept outside the region are a transfer abroad (sea)', () => {
  it('a recipient keeping the data in another country states the transfer (my)', async () => {
    const lines = ['# Notis Privasi', '', 'Kedai Basikal Pelangi Sdn. Bhd., Jalan Tun Razak, Kuala Lumpur. Emel: privasi@pelangi.example', '', 'BAHAGIAN 3: PENGHANTARAN', 'Nama dan alamat anda diberikan kepada syarikat kurier kami.'];
    const without = await root('kurier.txt', lines, ['--region', 'my', '--locale', 'ms']);
    expect(without.elements).toContain('transfer');
    const kept = await root('kurier-us.txt', [...lines, 'Data ini disimpan oleh syarikat kurier itu di Amerika Syarikat.'], ['--region', 'my', '--locale', 'ms']);
    expect(kept.elements).not.toContain('transfer');
  });
});

describe('the rights by what the person may do (eu data_subject_rights)', () => {
  const head = ['<h1>Confidentialité — Atelier Brunet</h1>', '<p>Atelier Brunet SARL, 4 rue des Tanneurs, 69001 Lyon, contact@brunet.example.</p>'];
  it('seeing the data and having them corrected, under a heading that is no rights title (fr)', async () => {
    const stated = await root('droits.html', [...head, '<h2>Ce que vous pouvez nous demander</h2>', '<p>Vous pouvez consulter vos données et en obtenir la correction en nous écrivant.</p>'], ['--region', 'eu', '--locale', 'fr']);
    expect(stated.elements).not.toContain('data_subject_rights');
  });
  it('not access and erasure said of our own security', async () => {
    const security = await root('securite.html', [...head, '<h2>Sécurité</h2>', '<p>Seul notre personnel a accès aux fichiers, et nous supprimons les anciennes sauvegardes chaque mois.</p>'], ['--region', 'eu', '--locale', 'fr']);
    expect(security.elements).toContain('data_subject_rights');
  });
});

describe('whether data must be given, by what follows without them (eu statutory_or_contractual)', () => {
  const head = ['# Polityka prywatności Pracowni Lipa', '', 'Pracownia Lipa, ul. Długa 5, 31-147 Kraków, biuro@lipa.example.', ''];
  it('"bez tych danych nie …" states it (pl)', async () => {
    const stated = await root('bez.md', [...head, '## Zamówienia', '', 'Imię i adres są potrzebne do wysyłki: bez tych danych nie wyślemy paczki.'], ['--region', 'eu', '--locale', 'pl']);
    expect(stated.elements).not.toContain('statutory_or_contractual');
  });
  it('not explicit consent as the condition, nor "without" of something else (fr)', async () => {
    const head = ['# Confidentialité — Atelier Brunet', '', 'Atelier Brunet SARL, 4 rue des Tanneurs, 69001 Lyon, contact@brunet.example.', ''];
    const consent = await root('accord.md', [...head, '## Santé', '', 'Sans votre accord explicite, aucune information sur votre santé ne quitte l\'atelier.'], ['--region', 'eu', '--locale', 'fr']);
    expect(consent.elements).toContain('statutory_or_contractual');
    const cookie = await root('cookie.md', [...head, '## Audience', '', 'Une mesure d\'audience sans cookie, qui ne garde aucune adresse IP.'], ['--region', 'eu', '--locale', 'fr']);
    expect(cookie.elements).toContain('statutory_or_contractual');
    const stated = await root('sans-eux.md', [...head, '## Commandes', '', 'Le nom et l\'adresse sont obligatoires : sans eux, la commande ne peut pas partir.'], ['--region', 'eu', '--locale', 'fr']);
    expect(stated.elements).not.toContain('statutory_or_contractual');
  });
  it('not "without your consent we do not …", a condition of consent', async () => {
    const consent = await root('zgoda.md', [...head, '## Reklama', '', 'Bez Twojej zgody nie wysyłamy reklam.'], ['--region', 'eu', '--locale', 'pl']);
    expect(consent.elements).toContain('statutory_or_contractual');
  });
});

describe('the words of the finding', () => {
  it('names the legal basis where the purposes are stated, says why the DPO is asked, keeps the keys in data only', async () => {
    const { finding, related, elements } = await root('words.md', [
      '# Privacy at Harbour Lights',
      '',
      'Harbour Lights Ltd, 3 Quay Street, Galway. Write to hello@harbourlights.example.',
      '',
      '## Purposes',
      '',
      'We use your name and postal address to send you your order.',
    ], ['--region', 'eu']);
    expect(elements).toContain('purposes_and_legal_basis');
    expect(finding!.message).toContain('the legal basis of the processing (the policy states the purposes of the processing) (Art. 13(1)(c) GDPR)');
    expect(finding!.message).not.toContain('purposes_and_legal_basis');
    expect(finding!.message).toMatch(/data protection officer's contact details \(Art\. 13\(1\)\(b\) GDPR\), asked because organization\.yaml declares a data protection officer \(dpo\)/);
    for (const r of related) expect(r.message).not.toMatch(/_/);
  });
  it('never says the policy has no section it has: where no title names the topic, the sentence that speaks of it', async () => {
    const { related } = await root('no-title.md', [
      '# Privacy at Harbour Lights',
      '',
      'Harbour Lights Ltd, 3 Quay Street, Galway. Write to hello@harbourlights.example.',
      '',
      '## Your parcel',
      '',
      'Our courier receives your name and postal address.',
      'We may keep a copy of your order in our archives.',
    ], ['--region', 'eu']);
    for (const r of related) expect(r.message).not.toContain('found no');
    const retention = related.find((r) => r.element === 'retention_period');
    expect(retention?.message).toBe('not found: how long the data are kept, or the criteria for it; the policy speaks of keeping data here');
    expect(retention?.line).toBe(8);
    expect(retention?.statement).toBe('We may keep a copy of your order in our archives.');
  });
});
