import type { ConsentRecord, Flow, Template } from './types.js';

/**
 * The template's consent records: its own record first, then each separate one, with the flows each
 * covers (the template's record: its `flows`, else the template's own consent flows no separate record
 * covers).
 */
export function consentRecords(template: Pick<Template, 'consent' | 'flows'>): Array<{ record: ConsentRecord; flows: Flow[] }> {
  const main = template.consent;
  if (!main) return [];
  const own = template.flows.filter((f) => f.legalBasis === 'consent' && !f.implied);
  const others = main.separateRecords ?? [];
  const taken = new Set(others.flatMap((r) => r.flows ?? []));
  const pick = (ids: readonly string[]) => own.filter((f) => ids.includes(f.id));
  return [
    { record: main, flows: main.flows ? pick(main.flows) : own.filter((f) => !taken.has(f.id)) },
    ...others.map((record) => ({ record, flows: pick(record.flows ?? []) })),
  ];
}
