/**
 * Generated templates for the renderer and linter fuzz tests: random channels, categories,
 * bodies with variables, and one to three flows drawn from the taxonomy (any level), with random
 * recipients, countries, retention, transfer mechanisms and flags. Written out as YAML, so they
 * go through the same loader as a user's file.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Catalog } from '../../src/load/catalog.js';

export const COUNTRIES = ['DE', 'FR', 'IE', 'NL', 'PL', 'US', 'GB', 'CH', 'SG', 'MY', 'TH', 'ID', 'PH', 'VN', 'CN', 'IN', 'BR', 'JP'];
const MECHANISMS = ['adequacy', 'dpf', 'scc', 'bcr', 'certification', 'explicit_consent', 'contract', 'cac_standard_contract', 'cac_security_assessment', 'cac_certification', 'comparable_protection'];
const BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'];
const UNITS = ['hour', 'day', 'week', 'month', 'year'];
const FROM = ['collection', 'message_sent', 'delivery', 'transaction', 'appointment', 'verification', 'ticket_closed', 'consent_withdrawal', 'account_closure'];

/** Names as companies write them, with the characters that trouble readers: dots, ampersands, CJK, accents. */
export const PLAIN_NAMES = ['SwiftShip Logistics', 'Acme Pay Ltd.', 'Müller & Söhne GmbH', 'Nordlicht Cloud', 'Zhong Kuai 中快物流', 'Café Crème SAS', 'O’Brien Couriers', 'Data-Hub Asia Pte. Ltd.', 'KLM', 'Łódź Post'];
/** Names a hostile or careless user may write. */
export const ODD_NAMES = ['{{1}}', '{{#each this}}x{{/each}}', '}} {{', '<b>Bold</b>', '[x](https://e.example)', 'A\u200DB', '  spaced  ', 'π', '😀 Emoji Co', 'Name with 30 days', 'Germany GmbH'];

export interface TemplateArbOptions {
  /** Recipient names from PLAIN_NAMES only. */
  plainNames?: boolean;
}

export function templateArb(catalog: Catalog, options: TemplateArbOptions = {}): fc.Arbitrary<{ yaml: string; raw: Record<string, unknown> }> {
  const tax = catalog.taxonomy;
  const dataKeys = [...tax.data.keys()];
  const purposes = [...tax.purpose.keys()];
  const recipientTypes = [...tax.recipient.keys()];
  const nameArb = options.plainNames ? fc.constantFrom(...PLAIN_NAMES) : fc.oneof(fc.constantFrom(...PLAIN_NAMES), fc.constantFrom(...ODD_NAMES), fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''));
  const transferArb = fc.oneof(
    fc.constantFrom(...MECHANISMS),
    fc.record({ eu: fc.constantFrom(...MECHANISMS), china: fc.constantFrom(...MECHANISMS), default: fc.constantFrom(...MECHANISMS) }, { requiredKeys: ['default'] }),
  );
  const recipientArb = fc.record(
    {
      type: fc.constantFrom(...recipientTypes),
      name: nameArb,
      country: fc.constantFrom(...COUNTRIES),
      contact: fc.constantFrom('privacy@recipient.example', 'https://recipient.example/privacy', '+49 30 1234567'),
      transfer: transferArb,
    },
    { requiredKeys: ['type', 'country'] },
  );
  // Periods within the schema's bound (at most 100 years in any unit, 8da07dc).
  const retentionArb = fc.oneof(
    fc.record({ value: fc.integer({ min: 1, max: 100 }), unit: fc.constantFrom(...UNITS), from: fc.constantFrom(...FROM), upTo: fc.boolean() }, { requiredKeys: ['value', 'unit', 'from'] }),
    fc.record({ value: fc.integer({ min: 1, max: 12 }), unit: fc.constantFrom('year', 'month'), from: fc.constantFrom(...FROM), statutory: fc.record({ law: fc.constantFrom('§ 147 AO', 'Income Tax Act 1967, s. 82', 'Accounting Law art. 35') }) }),
  );
  const flowArb = (id: string) =>
    fc
      .record(
        {
          data: fc.uniqueArray(fc.constantFrom(...dataKeys), { minLength: 1, maxLength: 4 }),
          purpose: fc.constantFrom(...purposes),
          legalBasis: fc.constantFrom(...BASES),
          recipients: fc.array(recipientArb, { maxLength: 3 }),
          retention: retentionArb,
          storage: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 2 }),
          transfer: transferArb,
          sold: fc.boolean(),
          shared: fc.boolean(),
          exclusive: fc.boolean(),
          required: fc.boolean(),
          consent: fc.record({ explicit: fc.boolean(), separate: fc.boolean(), withdrawal: fc.constantFrom('Reply STOP', 'In the app under Settings › Privacy') }, { requiredKeys: [] }),
        },
        { requiredKeys: ['data', 'purpose', 'legalBasis'] },
      )
      .map((f) => ({ id, ...f, ...(f.legalBasis === 'legitimate_interests' ? { legitimateInterest: 'Preventing fraud on orders paid by card' } : {}) }));
  const bodyArb = fc
    .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom('Hello', 'your order', 'is ready.', 'Visit https://shop.example/o', 'Code:', '\n', 'Danke!', '您的订单', 'ส่งแล้ว') }, { weight: 2, arbitrary: fc.constantFrom('{{1}}', '{{2}}', '{{3}}') }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join(' ').trim() || 'Hello');
  return fc
    .record({
      id: fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/),
      channel: fc.constantFrom('whatsapp', 'sms', 'email'),
      category: fc.constantFrom('utility', 'marketing', 'authentication'),
      language: fc.constantFrom('en', 'de', 'fr', 'zh-CN', 'th', 'ms'),
      clauseNumber: fc.option(fc.stringMatching(/^[1-9][0-9]?(\.[1-9][0-9]?){0,2}$/), { nil: undefined }),
      title: fc.option(fc.oneof(fc.constantFrom('Order delivery', 'Zahlungen', '支付'), nameArb), { nil: undefined }),
      body: bodyArb,
      footer: fc.option(fc.constantFrom('How we use your data: Privacy §5.2', 'We share your phone number with the courier.', 'Datenschutz §3'), { nil: undefined, freq: 6 }),
      inherit: fc.boolean(),
      flows: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => flowArb(`flow_${i + 1}`)))),
    })
    .map((g) => {
      const raw: Record<string, unknown> = {
        id: g.id,
        channel: g.channel,
        category: g.category,
        language: g.language,
        purpose: 'When an order ships, send the customer the order number and the tracking link within 1 hour.',
        clause: { id: g.id.replace(/_/g, '-'), ...(g.clauseNumber ? { number: g.clauseNumber } : {}), ...(g.title ? { title: g.title } : {}) },
        body: g.body,
        variables: ['1', '2', '3'].filter((v) => g.body.includes(`{{${v}}}`)).map((name) => ({ name, source: `order.field_${name}`, maxLength: 20, example: `Ex${name}` })),
        ...(g.footer ? { footer: g.footer } : {}),
        inheritChannelFlows: g.inherit,
        flows: g.flows,
      };
      return { yaml: stringify(raw), raw };
    });
}
