/**
 * Verbs of handing data over in the first person (es "entregamos", fr "confions", "remettons", it
 * "affidiamo", "consegniamo"; reader.yaml policy.actions.share; held-out-10 heladeria-los-almendros,
 * brief RF) disclose the recipient they name. So an unscoped sale denial beside the flow that sells is
 * `ambiguous` (the policy says both), not `incorrect` (the sale never read). Our own words, checked
 * against examples/templates/order_shipped.yaml (courier SwiftShip Logistics) and
 * examples/templates/marketing_promotion.yaml (AdReach Media, a flow declared a sale).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { check, checkText, one } = policyChecker('hand-over-');

describe('verbs of handing over', () => {
  it('es: "No vendemos …" and "entregamos … a AdReach Media … a cambio de …" contradict each other (ambiguous)', async () => {
    const text = [
      '# Privacidad en Churrería La Estrella', // 1
      '', // 2
      'No vendemos tus datos personales.', // 3
      '', // 4
      '## Publicidad', // 5
      '', // 6
      'Si lo autorizas, entregamos tu número de móvil, el identificador de tu dispositivo y tu historial de compras a AdReach Media, que a cambio anuncia nuestra churrería en otras webs.', // 7
    ].join('\n');
    const { code, findings, err } = await checkText('estrella.md', text, ['--region', 'eu', '--locale', 'es'], 'templates/marketing_promotion.yaml');
    expect(code, err).toBeLessThan(2);
    const got = onFlow(findings, 'ad_audiences', 'recipients');
    expect(got.map((f) => [f.data.class, f.line])).toEqual([['ambiguous', 3]]);
  });

  it('fr: "nous confions … à notre transporteur" discloses the courier', async () => {
    const fs = await check('confions.md', [
      '# Confidentialité', // 1
      '', // 2
      'Pour la livraison, nous confions votre nom, votre adresse postale et votre numéro de téléphone à notre transporteur SwiftShip Logistics.', // 3
    ].join('\n'), ['--region', 'eu', '--locale', 'fr']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 3, data: { class: 'clear' } });
  });

  it('it: "affidiamo … al corriere" discloses the courier', async () => {
    const fs = await check('affidiamo.md', [
      '# Privacy', // 1
      '', // 2
      'Per la spedizione affidiamo il suo nome, il suo indirizzo postale e il suo numero di telefono al corriere SwiftShip Logistics.', // 3
    ].join('\n'), ['--region', 'eu', '--locale', 'it']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 3, data: { class: 'clear' } });
  });
});
