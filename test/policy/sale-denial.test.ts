/**
 * A sale denial against a flow that sells (issue 18, held-out-3 cause A9, seen again in held-out-6):
 * "We do not sell your personal data" in a policy that also lists the disclosure the template declares a
 * sale (marketing_promotion's `ad_audiences`: phone number, device ID and purchase history to AdReach
 * Media, `sold: true`) is one finding at the denial, ambiguous, naming the listing; said alone it is
 * incorrect. A denial scoped to sensitive data, or to children, says nothing of that flow. Policies in our
 * own words (src/policy/disclosure-classes.ts `deny-sell`; src/rules/disclosure-incorrect.ts leaves a
 * policy's sale denials to it).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker, type PolicyFinding } from '../helpers/policy-check.js';

const { checkText } = policyChecker('sale-denial-');
const findings = async (name: string, text: string, args: string[]): Promise<PolicyFinding[]> => {
  const { code, findings: fs, err } = await checkText(name, text, args, 'templates/marketing_promotion.yaml');
  expect(code, err).toBeLessThan(2);
  return fs;
};
const listing = 'If you allow it, we pass your phone number, device ID and purchase history to AdReach Media, which shows our ads on other websites in return for its services.';
const saleFindings = (fs: PolicyFinding[]) => fs.filter((f) => f.ruleId === 'disclosure-incorrect' && f.messageId === 'denied');

describe('a sale denial against a flow that sells', () => {
  it('Spanish: "No vendemos sus datos personales" above the row listing the sale is one ambiguous finding at the denial', async () => {
    const fs = await findings('vendemos.md', [
      '# Política de privacidad', // 1
      '', // 2
      '## Con quién compartimos sus datos', // 3
      '', // 4
      'No vendemos sus datos personales.', // 5
      '', // 6
      '| Destinatario | Datos | Finalidad |', // 7
      '|---|---|---|', // 8
      '| AdReach Media | teléfono móvil, identificador del dispositivo, historial de compras | anuncios personalizados en otros sitios |', // 9
    ].join('\n'), ['--region', 'eu', '--locale', 'es']);
    expect(onFlow(fs, 'ad_audiences', 'recipients').map((f) => [f.data.class, f.line])).toEqual([['ambiguous', 5]]);
    expect(saleFindings(fs)).toEqual([]);
  });

  it('the denial alone is incorrect, at the denial', async () => {
    const fs = await findings('alone.md', ['# Privacy', '', '## Sharing', '', 'We do not sell your personal information.'].join('\n'), ['--region', 'eu']);
    expect(onFlow(fs, 'ad_audiences', 'recipients').map((f) => [f.data.class, f.line])).toEqual([['incorrect', 5]]);
    expect(saleFindings(fs)).toEqual([]);
  });

  it('a denial scoped to sensitive data or to children says nothing of the advertising flow', async () => {
    const fs = await findings('scoped.md', [
      '# Privacy', // 1
      '', // 2
      '## Advertising', // 3
      '', // 4
      listing, // 5
      '', // 6
      'We do not sell sensitive personal information, and we do not sell the personal information of consumers under 16.', // 7
    ].join('\n'), ['--region', 'california']);
    const [d] = onFlow(fs, 'ad_audiences', 'recipients');
    expect(['clear', 'vague']).toContain(d?.data.class);
    expect(d?.line).toBe(5);
    expect(saleFindings(fs)).toEqual([]);
  });
});
