/** Builds a template from a base plus changes, renders and checks it, optionally against a policy clause. */
import { stringify } from 'yaml';
import type { PolicyClause } from '../../src/check/rule.js';
import type { Finding } from '../../src/check/finding.js';
import { parseTemplate } from '../../src/load/template.js';
import { lineStarts, positionIn } from '../../src/policy/document.js';
import { Project } from '../../src/project.js';
import { examples } from './examples.js';

export const BASE = {
  id: 'order_shipped_case',
  channel: 'sms',
  category: 'utility',
  language: 'en',
  purpose: 'When the warehouse hands an order to the courier, send the buyer the order number within 1 hour.',
  clause: { id: 'delivery', number: '5.2', title: 'Order delivery' },
  body: 'Your order {{1}} has shipped and arrives tomorrow.',
  variables: [{ name: '1', source: 'order.number', maxLength: 12, example: 'NL-1' }],
  flows: [
    {
      id: 'delivery',
      data: ['user.name', 'user.contact.phone_number', 'user.contact.address'],
      purpose: 'essential.service.order_delivery',
      legalBasis: 'contract',
      recipients: [{ type: 'recipient.service_provider.courier', name: 'SwiftShip Logistics', country: 'US', contact: 'privacy@swiftship.example', transfer: { eu: 'scc', china: 'cac_standard_contract', default: 'contract' } }],
      storage: ['DE'],
      transfer: { eu: 'scc', china: 'cac_standard_contract', default: 'contract' },
      retention: { value: 180, unit: 'day', from: 'delivery' },
    },
  ],
};

export type Raw = typeof BASE & Record<string, unknown>;

let project: Project | undefined;
export function caseProject(): Project {
  if (!project) {
    const { catalog, org } = examples();
    project = new Project(catalog, org);
  }
  return project;
}

/**
 * A flow on a legal obligation with no records and no foreign duty (a check the law asks of us: name and postal
 * address, stored in Germany, kept 180 days from delivery), plus `extra` fields: added to the case's flows, or
 * with `only` its one flow. Used by test/regions/legal-obligation-requirement (`identity_check`, added) and
 * eu-ca-review8 (`age_check`, alone).
 */
export function legalDuty(id: string, extra: Record<string, unknown> = {}, only = false) {
  return (t: Raw) => {
    const flow = {
      id,
      data: ['user.name', 'user.contact.address'],
      purpose: 'essential.legal_obligation',
      legalBasis: 'legal_obligation',
      storage: ['DE'],
      retention: { value: 180, unit: 'day', from: 'delivery' },
      ...extra,
    } as unknown as Raw['flows'][number];
    if (only) t.flows = [flow];
    else t.flows.push(flow);
  };
}

export function template(change: (t: Raw) => void = () => {}) {
  const raw = structuredClone(BASE) as Raw;
  change(raw);
  const p = caseProject();
  return parseTemplate(stringify(raw), 'case.yaml', p.catalog.taxonomy, p.catalog.channels);
}

export function policyClause(text: string, number = '5.2', file = 'policy.md'): PolicyClause {
  const starts = lineStarts(text);
  return { file, id: 'delivery', number, text, pos: { file, line: 1, column: 1 }, posAt: (o) => positionIn(starts, file, o) };
}

/** Findings of one rule for a template × region (× locale), against a policy clause when given. */
export function findings(ruleId: string, opts: { change?: (t: Raw) => void; region?: string; locale?: string; policy?: string; number?: string }): Finding[] {
  const p = caseProject();
  const t = template(opts.change);
  const region = p.catalog.region(opts.region ?? 'eu');
  const locale = opts.locale ?? region.locales[0]!;
  const out = p.render(t, { region, locale }, opts.policy === undefined ? undefined : policyClause(opts.policy, opts.number));
  return out.findings.filter((f) => f.ruleId === ruleId);
}

/** The generated clause body for a case, to start a policy text from. */
export function generatedBody(opts: { change?: (t: Raw) => void; region?: string; locale?: string } = {}): string {
  const p = caseProject();
  const region = p.catalog.region(opts.region ?? 'eu');
  return p.render(template(opts.change), { region, locale: opts.locale ?? region.locales[0]! }).clause.body;
}
