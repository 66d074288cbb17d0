/**
 * A list of recipients with no verb (issue 18, held-out-5 cause C9): under a heading on recipients
 * ("Qui a accès à vos données"), an item that names data or a recipient and no verb ("- WhatsApp,
 * fourni par Meta Platforms Ireland Limited : votre numéro de téléphone …") says who gets what, as a
 * recipients table's row does; a category item with items under it ("- Messagerie") says nothing of
 * its own. An item naming its own recipient ("- transporteurs : nom, adresse …") is not also a
 * disclosure to the lead-in's category ("les sous-traitants suivants :"). "Éditeurs de logiciels"
 * (software publishers) is a recipient category, broader than a help-desk provider. Policies in our
 * own words, checked against examples/templates/support_followup.yaml.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, checkText, one } = policyChecker('listed-recipients-');
const args = ['--region', 'eu', '--locale', 'fr'];
const HEAD = ["# Confidentialité à l'Atelier du Fil", '', 'Voici ce que deviennent vos informations quand vous nous écrivez.', '', '## Qui a accès à vos données', ''];

describe('a list of recipients with no verb under a heading on recipients', () => {
  it('an item naming a recipient and its data discloses that flow, at the item', async () => {
    const fs = await check('whatsapp.md', [
      ...HEAD, // 1-6
      'Les sous-traitants suivants, qui travaillent pour nous :', // 7
      '', // 8
      '- Messagerie', // 9
      '  - WhatsApp, fourni par Meta Platforms Ireland Limited : votre numéro de téléphone et le contenu des messages', // 10
    ].join('\n'), args);
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 10, data: { class: 'clear' } });
  });

  it('the lead-in\'s category is not a recipient of what an item gives its own recipient; "éditeurs de logiciels" is a broader one', async () => {
    const { findings } = await checkText('support.md', [
      ...HEAD, // 1-6
      'Les sous-traitants suivants, qui travaillent pour nous :', // 7
      '', // 8
      '- Outils', // 9
      '  - éditeurs de logiciels', // 10
      '- Livraison', // 11
      '  - transporteurs : nom, adresse et numéro de téléphone', // 12
    ].join('\n'), args, 'templates/support_followup.yaml');
    expect(one(findings, 'support', 'recipients')).toMatchObject({ line: 10, data: { class: 'vague' } });
  });
});
