/**
 * region-element-missing on a policy people wrote: an element is there when the text shows it, whoever's
 * policy it is (the eval runs every policy with examples/organization.yaml, whose name no such policy
 * writes; a real user's policy writes its own name otherwise: "GmbH & Co. KG"). What the text does not
 * show is "could not find", a warning, never "does not contain" (src/policy/written-elements.ts).
 * Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('written-elements-');

interface F {
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  data: Record<string, unknown>;
}

/** The elements the root finding says disclose could not find (none: no finding). */
async function notFound(name: string, lines: string[], region = 'eu', template?: string): Promise<{ elements: string[]; root?: F }> {
  const { code, findings, err } = await checkText<F>(name, lines.join('\n'), ['--region', region], template);
  expect(code, err).toBeLessThan(2);
  const root = findings.find((f) => f.ruleId === 'region-element-missing' && f.messageId === 'absentPolicy');
  return { elements: (root?.data['elements'] as string[] | undefined) ?? [], ...(root ? { root } : {}) };
}

describe('region elements a policy people wrote shows in its own words', () => {
  it('the controller named with a way to reach it, under another name than the organization file\'s; "could not find", a warning', async () => {
    const { elements, root } = await notFound('controller.md', [
      '# Privacy notice',
      '',
      'Nordlicht Tee GmbH & Co. KG, Hafenstraße 3, 20457 Hamburg. Questions about your data: privacy@nordlicht.example.',
      '',
      '## Delivery',
      '',
      'We hand your name and address to our parcel service so that it can bring your tea.',
    ]);
    expect(elements).not.toContain('controller_identity');
    // What the text does not show is still listed, as not found.
    expect(elements).toContain('retention_period');
    expect(root!.severity).toBe('warning');
    // Stop 27 (LE): an element kept for practice (storage_location) is counted apart: "…, and its reviewers ask for one more".
    expect(root!.message).toMatch(/^eu requires \d+ elements for these flows(?:, and its reviewers ask for (?:one|\d+) more \(no statutory source\))? that disclose could not find in the policy: /);
    expect(root!.message).not.toContain('does not contain');
    // The elements grouped under it say the same: not found, in words; where the policy has no section on keeping
    // and speaks of it nowhere, nothing about its sections (stop 27: "disclose found no … section" was said of
    // policies that have one under a title the section reader does not know).
    const related = root!.data['related'] as Array<{ element: string; message: string }>;
    expect(related.find((r) => r.element === 'retention_period')?.message).toBe('not found: how long the data are kept, or the criteria for it');
  });

  it('a data protection officer with an address to write to; one named with no way to reach them is not enough', async () => {
    const named = await notFound('dpo.md', [
      '# Privacy at Nordlicht Tee',
      '',
      'Our data protection officer, Mara Quist, answers at mq-privacy@nordlicht.example.',
    ]);
    expect(named.elements).not.toContain('dpo_contact');
    const unreachable = await notFound('dpo-none.md', [
      '# Privacy at Nordlicht Tee',
      '',
      'We have appointed a data protection officer.',
      '',
      'Write to shop@nordlicht.example with any question.',
    ]);
    expect(unreachable.elements).toContain('dpo_contact');
  });

  it('the complaint to the authority by the authority named, its name read as written though the reader takes it for a name (nl); a legal basis by its article (de)', async () => {
    const nl = await notFound('klacht.txt', [
      'Privacyverklaring van Boekhandel De Vlinder',
      '',
      'U kunt uw gegevens inzien en laten verbeteren. Bent u het niet met ons eens, dan kunt u terecht bij de Autoriteit Persoonsgegevens.',
    ], 'eu');
    expect(nl.elements).not.toContain('complaint_to_authority');
    const de = await notFound('grundlage.md', [
      '# Datenschutz bei Teehaus Nordlicht',
      '',
      '## Zwecke',
      '',
      'Wir verarbeiten Ihren Namen und Ihre Anschrift, um Ihre Bestellung zu versenden (Art. 6 Abs. 1 lit. b DSGVO).',
      '',
      'Wenn Sie meinen, dass wir Ihre Daten falsch verarbeiten, können Sie sich beim Landesamt für Datenschutzaufsicht beschweren.',
    ]);
    expect(de.elements).not.toContain('purposes_and_legal_basis');
    expect(de.elements).not.toContain('complaint_to_authority');
  });

  it('keeping said by how long, for data the template does not name; storage by where the systems run; a transfers section with no place is no storage', async () => {
    const kept = await notFound('kept.md', [
      '# Privacy notice',
      '',
      'We keep invoices for as long as the tax law requires.',
      '',
      'Our shop system is hosted in Frankfurt, Germany.',
    ]);
    expect(kept.elements).not.toContain('retention_period');
    expect(kept.elements).not.toContain('storage_location');
    const none = await notFound('no-place.md', [
      '# Privacy notice',
      '',
      '## International transfers',
      '',
      'We take care that your data is protected wherever it is handled.',
    ]);
    expect(none.elements).toContain('storage_location');
  });

  it('the way to withdraw consent by the reply people write ("reply STOP")', async () => {
    const { elements } = await notFound('stop.md', [
      '# Privacy notice',
      '',
      'With your consent we send you our monthly offers on WhatsApp. Reply STOP to any offer and we send no more.',
    ], 'eu', 'templates/marketing_promotion.yaml');
    expect(elements).not.toContain('withdraw_consent');
  });
});
