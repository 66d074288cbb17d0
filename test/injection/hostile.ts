/**
 * Hostile payloads and a project that puts them into every string a user supplies: the
 * organization (all its names, addresses and numbers hold every loadable payload at once), and per
 * payload two templates — a WhatsApp one (its own footer, header, body, button, variable example,
 * purpose) and an e-mail one whose flows carry the payload in the recipient name and contact, the
 * legitimate interest, the statutory law, the consent withdrawal and the clause titles (its
 * generated footer names the recipient, so the payload reaches the summaries too).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { oneLine } from '../../src/render/one-line.js';
import { tmp } from '../helpers/tree.js';

export interface Payload {
  id: string;
  text: string;
  /** Refused in free text that reaches footers and clauses (names, titles, legal text): not https. */
  link?: boolean;
}

export const PAYLOADS: Payload[] = [
  { id: 'open', text: '{{' },
  { id: 'close', text: '}}' },
  { id: 'each', text: '{{#each this}}x{{/each}}' },
  { id: 'partial', text: '{{> partial}}' },
  { id: 'proto', text: '{{constructor.constructor}}' },
  { id: 'script', text: '<script>alert(1)</script>' },
  { id: 'attr', text: '"><img src=x onerror=alert(1)>' },
  { id: 'js', text: 'javascript:alert(1)', link: true },
  { id: 'mdjs', text: '[click](javascript:alert(1))', link: true },
  { id: 'image', text: '![x](https://evil.example/x.png)' },
  { id: 'close_marker', text: '<!-- /disclose:clause -->' },
  { id: 'open_marker', text: '<!-- disclose:clause id=evil -->' },
  { id: 'ticks', text: '``` `tick` ~~~' },
  { id: 'table', text: 'a | b\n| --- |\nc | d' },
  { id: 'crlf', text: 'say "hi", then\r\nnext line\rlone CR' },
  { id: 'formula', text: '=HYPERLINK("https://evil.example","x")' },
  { id: 'plus', text: '+1+2' },
  { id: 'minus', text: '-1+2' },
  { id: 'at', text: '@SUM(A1:A2)' },
  { id: 'tab', text: '\t=1+2' },
  { id: 'amp', text: 'Swift & Sure &amp; Co &lt;b&gt;' },
  { id: 'punct', text: 'J. Smith Logistics; Ltd! *b* _i_ # h $x$ \\ |' },
];

/** Every payload that loads, at once: what the organization's fields hold. */
export const ALL = PAYLOADS.filter((p) => !p.link)
  .map((p) => p.text)
  .join(' ');

/** The EU (controller, representative, authority, legitimate interests, withdrawal) and China (officer, representative, filing, overseas recipients' contacts, zh-CN). */
export const REGIONS = ['eu', 'china'];

/** What a clause or a generated footer shows for a supplied text: the text, on one line. */
export const shown = oneLine;

/** A button's text: long enough that the length lint quotes it in a finding. */
export function buttonText(payload: string): string {
  return `${field('BUTTON', payload)} (tap here for more)`;
}

/** The text a field holds in the project: a tag naming the field, then the payload. */
export function field(tag: string, payload: string): string {
  return `${tag}: ${payload}`;
}

const q = (s: string) => JSON.stringify(s);

export function organizationYaml(text = ALL): string {
  return `controller:
  name: ${q(field('CTL', text))}
  address: ${q(field('ADDR', text))}
  country: US
  email: privacy@hostile.example
dpo:
  name: ${q(field('DPO', text))}
  email: dpo@hostile.example
euRepresentative:
  name: ${q(field('EUREP', text))}
  email: eurep@hostile.example
supervisoryAuthority:
  name: ${q(field('AUTH', text))}
  url: https://authority.example/complaints
california:
  optOutUrl: https://hostile.example/privacy/do-not-sell
china:
  # The Chinese clause names the officer only in characters (localNames; review CN-12): the same text is given there.
  piOfficer: { name: ${q(field('PIO', text))}, localNames: { zh-CN: ${q(field('PIO', text))} }, email: pio@hostile.example }
  representative: { name: ${q(field('CNREP', text))}, email: cnrep@hostile.example }
  exportFiling: { type: standard_contract, number: ${q(field('FILING', text))} }
policyUrl: https://hostile.example/privacy
`;
}

/** Free text of the flows and titles: the payload, or (for a link payload, refused there) a plain word. */
function free(p: Payload): string {
  return p.link ? 'plain' : p.text;
}

export function messageTemplateYaml(p: Payload, n: number): string {
  return `id: msg_${p.id}
channel: whatsapp
category: utility
language: en
purpose: ${q(`When an order ships, send the customer the order number and the tracking link within 1 hour. ${field('PURPOSE', p.text)}`)}
clause: { id: msg-${p.id.replace(/_/g, '-')}, number: "6.${n}", title: ${q(field('MTITLE', free(p)))} }
header: ${q(field('HEADER', p.text))}
body: ${q(`Hello {{1}}, your order shipped. ${field('BODY', p.text)} Thank you.`)}
footer: ${q(`${p.text} FOOTER Privacy §6.${n}`)}
variables:
  - { name: "1", source: customer.first_name, maxLength: 30, example: ${q(field('EXAMPLE', p.text))} }
buttons:
  - { type: quick_reply, text: ${q(buttonText(p.text))} }
flows:
  - id: delivery
    data: [user.name]
    purpose: essential.service.order_delivery
    legalBasis: contract
    recipients:
      - { type: recipient.service_provider.courier, name: ${q(field('MSGRCPT', free(p)))}, country: DE }
    retention: { value: 30, unit: day, from: delivery, heldBy: recipients }
`;
}

export function mailTemplateYaml(p: Payload, n: number): string {
  const t = free(p);
  return `id: mail_${p.id}
channel: email
category: utility
language: en
purpose: When an order ships, e-mail the customer who placed it the order number and the tracking link, within 1 hour of hand-over.
clause: { id: mail-${p.id.replace(/_/g, '-')}, number: "5.${n}", title: { en: ${q(field('TITLE', t))}, zh-CN: ${q(field('TITLEZH', t))} } }
header: Your order
body: "Hello {{name}}, your order shipped."
variables:
  - { name: name, source: customer.first_name, maxLength: 30, example: Maria }
flows:
  - id: delivery
    data: [user.name, user.contact.email]
    purpose: essential.service.order_delivery
    legalBasis: legitimate_interests
    legitimateInterest: ${q(field('INTEREST', t))}
    recipients:
      - type: recipient.service_provider.courier
        name: ${q(field('RCPT', t))}
        country: US
        contact: ${q(field('CONTACT', t))}
        transfer: { eu: scc, china: cac_standard_contract, default: contract }
    storage: [DE]
    retention: { value: 6, unit: year, from: delivery, statutory: { law: ${q(field('LAW', t))} } }
  - id: updates
    data: [user.contact.email]
    purpose: essential.service.notifications
    legalBasis: consent
    consent: { withdrawal: ${q(field('WITHDRAW', t))} }
    storage: [DE]
    retention: { value: 30, unit: day, from: message_sent }
`;
}

/** The hostile project: organization.yaml and templates/, in a new temporary folder. */
export function hostileProject(): string {
  const dir = tmp('disclose-injection-');
  writeFileSync(path.join(dir, 'organization.yaml'), organizationYaml());
  mkdirSync(path.join(dir, 'templates'));
  PAYLOADS.forEach((p, i) => {
    writeFileSync(path.join(dir, 'templates', `msg_${p.id}.yaml`), messageTemplateYaml(p, i + 1));
    writeFileSync(path.join(dir, 'templates', `mail_${p.id}.yaml`), mailTemplateYaml(p, i + 1));
  });
  return dir;
}

/** The free-text fields of the e-mail template (tag), present in its clause in every region. */
export const CLAUSE_FIELDS = ['RCPT', 'INTEREST', 'LAW'] as const;
