import type { Rule } from '../check/rule.js';
import { messageLocalizer } from '../render/describe-claim.js';
import { euAdequacy } from '../load/adequacy.js';

/**
 * A declared transfer mechanism that the destination or the party does not allow: adequacy for a
 * country without an adequacy decision, the Data Privacy Framework for a recipient that is not
 * certified (or not in the United States), a recipient-bound mechanism (standard clauses, a
 * contract, the DPF) for data the organization keeps on its own systems.
 */
export const rule: Rule = {
  meta: {
    id: 'transfer-mechanism-invalid',
    scope: 'render',
    description: 'Each declared transfer mechanism is valid for its destination and party (adequacy only where the Commission has decided it, the DPF only for certified US recipients, no contract with ourselves).',
    source: 'GDPR Art. 45(1), 45(3), 46(2)(c); Commission Implementing Decision (EU) 2023/1795 (EU-U.S. Data Privacy Framework); transfers/eu-adequacy.yaml',
    severity: 'error',
    messages: {
      notAdequate: 'flow "{{flow}}" names an adequacy decision for the transfer to {{place}}{{who}}, but the European Commission has adopted none for {{place}}',
      notCertified: 'flow "{{flow}}" rests the transfer to {{place}}{{who}} on the EU-U.S. Data Privacy Framework, which covers only recipients certified under it (the recipient has no `dpfCertified: true`)',
      dpfNotUs: 'flow "{{flow}}" names the EU-U.S. Data Privacy Framework for the transfer to {{place}}{{who}}; it covers only recipients in the United States',
      ownStorage: 'flow "{{flow}}" names "{{mechanism}}" for data we keep on our own systems in {{place}}; that mechanism needs a recipient on the other side',
    },
  },
  check(ctx) {
    if (!ctx.render || !ctx.region) return;
    const ids = { 'not-adequate': 'notAdequate', 'not-dpf-certified': 'notCertified', 'dpf-not-us': 'dpfNotUs', 'own-storage': 'ownStorage' } as const;
    for (const u of ctx.render.unresolvedTransfers) {
      if (!(u.reason in ids)) continue;
      const messageId = ids[u.reason as keyof typeof ids];
      const flow = ctx.template.flows.find((f) => f.id === u.flow);
      const adequate = [...euAdequacy().values()].filter((d) => d.scope !== 'dpf').map((d) => d.country);
      const fix =
        messageId === 'notAdequate'
          ? `Name a mechanism ${ctx.region.law.short} accepts for ${u.place} (accepted: ${ctx.region.transferMechanisms.filter((m) => m !== 'adequacy' && m !== 'dpf').join(', ')}); adequacy decisions exist for ${adequate.join(', ')} (US only with DPF certification).`
          : messageId === 'notCertified'
            ? 'Add `dpfCertified: true` to the recipient if it is on the DPF list (https://www.dataprivacyframework.gov/list), or name standard contractual clauses (`scc`).'
            : messageId === 'dpfNotUs'
              ? 'Name the mechanism that applies to this country (standard contractual clauses, `scc`, or adequacy where it exists).'
              : 'Name a mechanism that needs no other party (e.g. `comparable_protection`, `explicit_consent`, or adequacy where it exists), or declare the place as a recipient\'s storage if someone else keeps the data there.';
      ctx.report({
        messageId,
        // The message names the country; `placeCode` keeps the code.
        data: { flow: u.flow, place: messageLocalizer(ctx.catalog).country(u.place), placeCode: u.place, who: u.recipient ? ` (${u.recipient})` : '', mechanism: u.mechanism ?? '', region: ctx.region.id },
        pos: flow?.pos ?? ctx.template.positions['flows'],
        fix,
      });
    }
  },
};
