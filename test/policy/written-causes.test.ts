/**
 * The causes the second held-out set (eval/policies/held-out-2) showed (issue 18), each on a policy
 * in our own words, in general form: a defined term that holds one of the reader's words ("Delivery
 * details") or is one ("Chat messages"); verbs with the recipient as subject ("gets", "handles");
 * "carrier" as a courier; "we delete … 180 days after" as a period of keeping (a bare "delete" as
 * none); content of messages as message content; German compounds read by their last part
 * ("Statusnachricht"); where someone is based as no storage place; "servers in the EU" as broader
 * than Germany, not against it; a sentence about another recipient as not about this flow; a
 * recipient's short name storing abroad as the transfer to it; the business's own storage inside
 * the region as no part of what a transfer discloses; a bold paragraph number ("**5.2**") as the
 * number it is; a Spanish denial made with a noun ("no hacemos transferencias internacionales").
 * Checked against examples/templates/order_shipped.yaml (courier flow `delivery`: name, phone
 * number, postal address to SwiftShip Logistics in the US, stored in Germany, kept 180 days;
 * WhatsApp's `whatsapp_cloud_api`: phone number and message content to Meta, stored in the US).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const checker = policyChecker('written-causes-');
const { check, one } = checker;

describe('English: defined terms, verbs with the recipient as subject, deletion, places', () => {
  it('reads the policy as a reviewer does', async () => {
    const fs = await check('fernwood.md', [
      '# Privacy at Fernwood Kites', // 1
      '', // 2
      '## Terms', // 3
      '', // 4
      '**Delivery details**: your name, street address and phone number as you enter them when ordering.', // 5
      '**Chat messages**: the notes about your order that we send on WhatsApp, with the phone number they go to.', // 6
      '', // 7
      '## Who receives your data', // 8
      '', // 9
      '- The carrier bringing your kite gets your delivery details.', // 10
      '- Meta Platforms Ireland Limited handles chat messages for us.', // 11
      '', // 12
      '## Keeping your data', // 13
      '', // 14
      'We delete delivery details 180 days after the kite has been delivered. You can ask us to delete your data sooner.', // 15
      '', // 16
      '## Transfers', // 17
      '', // 18
      'We are based in Belgium and our servers are in the European Union. Our carrier may be based outside the EU; then we use the standard contractual clauses.', // 19
    ].join('\n'), ['--region', 'eu']);
    // "Delivery details" holds a purpose word but is a term; "Chat messages" is a data word the policy defines further.
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 10, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 11, data: { class: 'clear' } });
    // "delete … 180 days after" states the period; "ask us to delete" states none, so WhatsApp's keeping is omitted.
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 15, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'retention').data.class).toBe('omitted');
    // Servers in the EU are broader than Germany (vague, not incorrect); Belgium is where the shop is based.
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 19, data: { class: 'vague' } });
    // The carrier's sentence and the shop's servers say nothing of Meta's storage in the US.
    expect(one(fs, 'whatsapp_cloud_api', 'transfers').data.class).toBe('omitted');
    // A definition says what a term means: no flow is disclosed at its line.
    expect(fs.filter((f) => f.line === 5 || f.line === 6)).toEqual([]);
  });

  it('content of notifications is message content; content in general is broader', async () => {
    const of = await check('content-of.md', [
      '# Privacy at Fernwood Kites', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'Meta Platforms Ireland Limited receives your mobile number and the content of our shipping notifications.', // 5
    ].join('\n'), ['--region', 'eu']);
    expect(one(of, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'clear' } });
    const general = await check('content.md', [
      '# Privacy at Fernwood Kites', // 1
      '', // 2
      '## Who receives your data', // 3
      '', // 4
      'Meta Platforms Ireland Limited receives your mobile number and the content you upload.', // 5
    ].join('\n'), ['--region', 'eu']);
    expect(one(general, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 5, data: { class: 'vague' } });
  });
});

describe('German: compounds, a seat, a short name, a bold paragraph number', () => {
  it('reads the policy as a reviewer does', async () => {
    const fs = await check('lindenblatt.md', [
      '# Datenschutzhinweise', // 1
      '', // 2
      '## 2) Bestellung', // 3
      '', // 4
      '**2.1** Ihren Namen, Ihre Anschrift und Ihre Telefonnummer erhält unser Paketdienst für die Zustellung.', // 5
      '', // 6
      '**2.2** Wählen Sie Hinweise per WhatsApp, erhält Meta Platforms Ireland Limited Ihre Telefonnummer und jede Statusnachricht, die wir senden.', // 7
      '', // 8
      '## 3) Übermittlung in Drittländer', // 9
      '', // 10
      'Unser Paketdienst hat seinen Sitz in den Vereinigten Staaten; die Übermittlung dorthin stützen wir auf Standardvertragsklauseln. Meta kann Ihre Telefonnummer und Ihre Nachrichten auf Servern in den USA speichern.', // 11
      '', // 12
      '## 5) Ihre Rechte', // 13
      '', // 14
      '**5.1** Sie können Auskunft verlangen.', // 15
      '', // 16
      '**5.2** Widerspruch: Sie können der Verarbeitung Ihrer Daten jederzeit widersprechen.', // 17
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    // "Statusnachricht" is a message (its last part).
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 7, data: { class: 'clear' } });
    // The courier in the US is said; the shop's own storage in Germany is no transfer, and Meta's
    // storage in the US is Meta's, not the shop's.
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 11, data: { class: 'clear' } });
    // "Meta kann … in den USA speichern": the short name of the recipient named in full above.
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 11, data: { class: 'clear' } });
    // "**5.2**" is §5.2, a paragraph on the right to object: unrelated, not missing.
    expect(fs.filter((f) => f.ruleId === 'policy-clause-missing')).toEqual([]);
    expect(fs.filter((f) => f.ruleId === 'clause-reference-mismatch').map((f) => f.line)).toEqual([17]);
  });
});

describe('Spanish: a denial made with a noun', () => {
  it('"no hacemos transferencias internacionales" denies both flows\' transfers, whatever it says of storage', async () => {
    const fs = await check('olivo.md', [
      '# Política de privacidad', // 1
      '', // 2
      '## ¿Con quién compartimos tus datos?', // 3
      '', // 4
      'Compartimos tus datos personales con:', // 5
      '', // 6
      '* Empresas de transporte, que reciben tu nombre, tu dirección y tu teléfono para la entrega.', // 7
      '', // 8
      '## ¿Salen tus datos de la Unión Europea?', // 9
      '', // 10
      'No. Guardamos tus datos en servidores de la Unión Europea y no hacemos transferencias internacionales.', // 11
    ].join('\n'), ['--region', 'eu', '--locale', 'es']);
    // One statement, one conflict: one finding that names both flows.
    const denied = fs.filter((f) => f.data?.aspect === 'transfers' && f.data?.class === 'incorrect');
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ ruleId: 'disclosure-incorrect', line: 11, data: { flow: 'delivery', flows: ['delivery', 'whatsapp_cloud_api'] } });
    expect(fs.filter((f) => f.data?.aspect === 'transfers' && f.data?.flow === 'whatsapp_cloud_api')).toEqual([]);
  });
});

describe('of several broad statements, the one whose purpose is the flow\'s', () => {
  it('English: other companies helping with order delivery, not vendors for marketing (a more specific recipient type)', async () => {
    const fs = await check('broad.md', [
      '# Privacy at Example Shop', // 1
      '## Sharing', // 2
      '', // 3
      'We may share your personal data with other companies that help us run the shop, including with payments and order delivery.', // 4
      'We may share your personal data with vendors and consultants for our marketing.', // 5
    ].join('\n'), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 4, data: { class: 'vague' } });
  });

  it('Indonesian: "pengiriman produk" is order delivery (as kopitu\'s policy, C.1(a), words it)', async () => {
    const fs = await check('toko.md', [
      '# Kebijakan Privasi', // 1
      '## Pengungkapan Data Pribadi', // 2
      '', // 3
      'Kami dapat memberikan Data Pribadi kepada pihak ketiga yang membantu kami, termasuk dalam pembayaran dan pengiriman produk.', // 4
      'Kami dapat memberikan Data Pribadi kepada vendor dan konsultan untuk kegiatan pemasaran.', // 5
    ].join('\n'), ['--region', 'id']);
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 4, data: { class: 'vague' } });
  });
});

describe('sharing the user starts with a partner of their choosing', () => {
  it('discloses none of the business\'s flows, so a qualified denial stands (as payfast.co.za\'s 6.1 and 6.3 read)', async () => {
    const fs = await check('addons.md', [
      '# Privacy at Example Shop', // 1
      '## Sharing', // 2
      '', // 3
      'We will not sell or share your personal data with others, except as described in this policy.', // 4
      'Some partners offer add-on services. When you sign up for these services, we share the information the third party needs to provide them.', // 5
      'If you sign up for WhatsApp updates, Meta Platforms Ireland Limited receives your phone number and the messages we send you.', // 6
    ].join('\n'), ['--region', 'eu']);
    // Nothing describes the courier: the denial stands.
    expect(one(fs, 'delivery', 'recipients')).toMatchObject({ line: 4, data: { class: 'incorrect' } });
    // A named recipient is no partner of the user's choosing: described, so the qualified denial does not reach it.
    expect(one(fs, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 6, data: { class: 'clear' } });
  });
});

describe('an "only" scoped to the cases the text describes', () => {
  it('"only in these cases:" restricts the cases listed, not the purposes (riessalilech: "ausschließlich … bei den beschriebenen Übermittlungen")', async () => {
    const en = await check('cases.md', [
      '# Privacy at Example Shop', // 1
      '## Sharing', // 2
      '', // 3
      'We pass your personal data to others only in these cases:', // 4
      '', // 5
      '- for delivery, to the courier that brings your parcel;', // 6
      '- for order messages, to Meta Platforms Ireland Limited.', // 7
    ].join('\n'), ['--region', 'eu']);
    expect(en.filter((f) => f.ruleId === 'exclusivity-contradicted')).toEqual([]);
    const de = await check('faelle.md', [
      '# Datenschutz', // 1
      '## Zahlung', // 2
      '', // 3
      'Sofern bei den beschriebenen Übermittlungen personenbezogene Daten verarbeitet werden, geschieht das ausschließlich zur Zahlungsabwicklung.', // 4
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    expect(de.filter((f) => f.ruleId === 'exclusivity-contradicted')).toEqual([]);
    // Unscoped, the same "ausschließlich" is a promise the courier's flow breaks.
    const plain = await check('zweck.md', [
      '# Datenschutz', // 1
      '## Zahlung', // 2
      '', // 3
      'Personenbezogene Daten verarbeiten wir ausschließlich zur Zahlungsabwicklung.', // 4
    ].join('\n'), ['--region', 'eu', '--locale', 'de']);
    expect(plain.filter((f) => f.ruleId === 'exclusivity-contradicted').length).toBeGreaterThan(0);
  });
});
