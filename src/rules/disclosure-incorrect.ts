import type { Rule } from '../check/rule.js';
import { covers } from '../load/taxonomy.js';
import { flowSells } from '../render/sale.js';
import { describeClaim } from '../claims/claim.js';
import { flowDisclosures } from '../policy/disclosure-classes.js';
import { describeClaimIn, messageLocalizer } from '../render/describe-claim.js';

/** The clause or footer denies what the flows do ("we do not sell your data" with a flow that sells). */
export const rule: Rule = {
  meta: {
    id: 'disclosure-incorrect',
    scope: 'render',
    description: 'No statement denies a processing the flows declare.',
    source: 'Cal. Civ. Code §1798.100(a)(1), §1798.120, §1798.135; GDPR Art. 5(1)(a), 13; PIPL Art. 7, 17',
    severity: 'error',
    messages: {
      denied: 'the text denies "{{action}} {{data}}" but flow "{{flow}}" {{does}}',
      policy: 'the policy says "{{statement}}" but flow "{{flow}}" does otherwise ({{aspect}}: {{claimWords}}){{also}}',
      policyFlows: 'the policy says "{{statement}}" but flows {{flowList}} do otherwise ({{aspect}}: {{claimWords}}){{also}}',
    },
  },
  check(ctx) {
    // The message says each claim in a reviewer's words; data.claim keeps the keys for programs.
    const words = (c: Parameters<typeof describeClaim>[0]) => describeClaimIn(c, messageLocalizer(ctx.catalog));
    if (ctx.policy?.document) {
      // One statement that several flows contradict on one aspect ("we make no international
      // transfers" against the courier's and WhatsApp's) is one conflict: one finding naming every
      // flow (data.flows), not one per flow.
      const groups = new Map<string, ReturnType<typeof flowDisclosures>>();
      for (const d of flowDisclosures(ctx)) {
        if (d.class !== 'incorrect' || d.aspect === 'purposes') continue;
        const key = `${d.aspect}@${d.pos.file}:${d.pos.line}:${d.pos.column}`;
        groups.set(key, [...(groups.get(key) ?? []), d]);
      }
      for (const list of groups.values()) {
        const d = list[0]!;
        const seen = new Set<string>();
        const related = list.flatMap((x) => x.related).filter((r) => !seen.has(`${r.line}:${r.column}`) && seen.add(`${r.line}:${r.column}`));
        const also = related.length ? `; related: line ${related.map((r) => r.line).join(', line ')}` : '';
        const flows = list.map((x) => x.flow.id);
        const claim = list.flatMap((x) => x.claims.map(describeClaim)).join('; ');
        const claimWords = list.flatMap((x) => x.claims.map(words)).join('; ');
        ctx.report({ messageId: flows.length > 1 ? 'policyFlows' : 'policy', data: { class: 'incorrect', flow: d.flow.id, ...(flows.length > 1 ? { flows, flowList: flows.map((f) => `"${f}"`).join(", ") } : {}), aspect: d.aspect, statement: d.statement ?? '', claim, claimWords, related, also }, pos: d.pos, fix: 'Change the statement so it allows what the flows do, or change the flows.' });
      }
    }
    const tax = ctx.catalog.taxonomy;
    const texts = [
      { read: ctx.clauseRead, pos: (o: number) => ctx.clausePos(o) },
      { read: ctx.footerRead, pos: () => ctx.template.positions['footer.value'] ?? ctx.template.positions['body']! },
    ];
    for (const { read, pos } of texts) {
      // Only a sentence that denies something can deny a flow (and most texts deny nothing).
      if (!read || !read.claims.some((c) => c.negated)) continue;
      for (const sentence of read.sentences) {
        for (const denial of sentence.claims.filter((c) => c.negated)) {
          // In a policy read as a whole, denials of sharing and transfers are weighed per flow above.
          if (ctx.policy?.document && denial.action !== 'sell') continue;
          for (const flow of ctx.template.flows) {
            const hit = flow.data.find((d) => covers(tax, 'data', denial.data, d));
            if (!hit) continue;
            // In a policy read as a whole, a sale denial against a flow that sells is weighed per flow above.
            if (ctx.policy?.document && denial.action === 'sell' && flowSells(flow)) continue;
            let does: string | undefined;
            // "We do not sell" denies a sale; "we do not sell or share" also denies CCPA sharing.
            const deniesSharing = sentence.mentions.some((m) => m.kind === 'action' && m.value === 'share');
            if (denial.action === 'sell' && flowSells(flow)) does = 'sells it';
            else if (denial.action === 'sell' && flow.shared && deniesSharing) does = 'shares it for cross-context behavioural advertising';
            if (denial.action === 'share' && flow.recipients.some((r) => !denial.recipient?.type || covers(tax, 'recipient', denial.recipient.type, r.type))) does = 'shares it';
            if (denial.action === 'retain' && flow.retention) does = 'keeps it';
            if (denial.action === 'transfer' && flow.recipients.length) does = 'transfers it';
            if (!does) continue;
            ctx.report({ messageId: 'denied', data: { action: denial.action, data: denial.data, flow: flow.id, does }, pos: pos(sentence.start), fix: 'Remove the denial, or change the flow so it no longer does this.' });
          }
        }
      }
    }
  },
};
