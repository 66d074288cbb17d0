/** Builds a template from a clean WhatsApp base plus changes, as YAML text, and lints it. */
import { expect, it } from 'vitest';
import { Document, isMap, isSeq } from 'yaml';
import type { Finding } from '../../src/check/finding.js';
import { parseTemplate } from '../../src/load/template.js';
import type { Template } from '../../src/model/types.js';
import { BASE, caseProject } from './check-case.js';

export const LINT_BASE = {
  id: 'lint_case',
  channel: 'whatsapp',
  category: 'utility',
  language: 'en',
  purpose: 'When the warehouse hands an order to the courier, send the customer the order number within 1 hour.',
  clause: { id: 'delivery', number: '5.2', title: 'Order delivery' },
  body: 'Hello {{1}}, your order {{2}} has shipped.',
  variables: [
    { name: '1', source: 'customer.first_name', maxLength: 30, example: 'Maria' },
    { name: '2', source: 'order.number', maxLength: 12, example: 'NL-1' },
  ] as Array<Record<string, unknown>>,
  flows: BASE.flows,
};

export type LintRaw = typeof LINT_BASE & Record<string, unknown>;

/** The YAML text of the base with `change` applied (new keys go last, before flows; variables and buttons one a line). */
export function caseYaml(change: (t: LintRaw) => void = () => {}): string {
  const raw = structuredClone(LINT_BASE) as LintRaw;
  change(raw);
  const { flows, ...rest } = raw;
  const doc = new Document({ ...rest, flows });
  for (const key of ['variables', 'buttons']) {
    const node = doc.get(key, true);
    if (isSeq(node)) for (const item of node.items) if (isMap(item)) item.flow = true;
  }
  return doc.toString({ lineWidth: 0 });
}

export function caseTemplate(yaml: string): Template {
  const p = caseProject();
  return parseTemplate(yaml, 'case.yaml', p.catalog.taxonomy, p.catalog.channels);
}

/** 1-based line of the first line containing `needle` (after `after`, when given). */
export function lineOf(yaml: string, needle: string, after?: string): number {
  const lines = yaml.split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const i = lines.findIndex((l, k) => k >= from && l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in:\n${yaml}`);
  return i + 1;
}

/** Findings of one template-scope rule, as `messageId@line`, sorted. */
export function lintFindings(ruleId: string, yaml: string): string[] {
  const out = caseProject().lint(caseTemplate(yaml));
  return show(out.filter((f) => f.ruleId === ruleId));
}

/** Findings of one render-scope rule for a region (locale: the region's first that disclose has, else en). */
export function renderFindings(ruleId: string, yaml: string, regionId = 'eu'): string[] {
  const p = caseProject();
  const region = p.catalog.region(regionId);
  const locale = region.locales.find((l) => p.catalog.locales.includes(l)) ?? 'en';
  const out = p.render(caseTemplate(yaml), { region, locale }).findings;
  return show(out.filter((f) => f.ruleId === ruleId));
}

export function show(findings: Finding[]): string[] {
  return findings.map((f) => `${f.messageId}@${f.line}`).sort();
}

export interface LintCase {
  name: string;
  change: (t: LintRaw) => void;
  /** messageId and the text that sits on its line (with an optional anchor the search starts from). */
  expect: Array<[messageId: string, needle: string, after?: string]>;
}

export function expected(yaml: string, c: LintCase): string[] {
  return c.expect.map(([id, needle, after]) => `${id}@${lineOf(yaml, needle, after)}`).sort();
}

/** The valid/invalid table of a template-scope rule: valid cases find nothing, invalid ones exactly what they list. */
export function ruleTable(ruleId: string, valid: LintCase[], invalid: LintCase[]): void {
  for (const c of valid) it(`valid: ${c.name}`, () => expect(lintFindings(ruleId, caseYaml(c.change))).toEqual([]));
  for (const c of invalid) {
    it(`invalid: ${c.name}`, () => {
      const yaml = caseYaml(c.change);
      expect(lintFindings(ruleId, yaml)).toEqual(expected(yaml, c));
    });
  }
}
