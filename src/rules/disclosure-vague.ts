import type { Rule } from '../check/rule.js';
import { describeClaim } from '../claims/claim.js';
import { flowDisclosures, otherwiseKey, termKey, type BroaderTerm, type SaidOtherwise } from '../policy/disclosure-classes.js';
import { describeClaimIn, describeTermIn, messageLocalizer } from '../render/describe-claim.js';

/** The clause covers a claim only through a broader term ("partners" for a named courier). */
export const rule: Rule = {
  meta: {
    id: 'disclosure-vague',
    scope: 'render',
    description: 'The policy clause names the data, recipient and purpose as specifically as the flows and the footer do.',
    source: 'GDPR Art. 12(1), 13(1)(e); Cal. Civ. Code §1798.110(c); PIPL Art. 17; Meta template review ("partners" vs "courier" rejected as a conflict)',
    severity: 'error',
    messages: {
      vague: 'the clause covers "{{claim}}" only through a broader term ({{broader}}): "{{by}}"',
      policy: 'the policy discloses flow "{{flow}}" ({{aspect}}) only in broader terms ({{termWords}}): "{{statement}}"',
      general: 'the policy speaks of flow "{{flow}}" ({{aspect}}) only in general terms, without stating {{claimWords}}: "{{statement}}"',
      otherwise: 'the policy discloses flow "{{flow}}" ({{aspect}}) in part and says otherwise of the rest ({{otherwiseWords}}): "{{statement}}"',
      leftOut: 'the policy discloses flow "{{flow}}" ({{aspect}}) in part and says nothing of {{leftOutWords}}: "{{statement}}"',
      leftOutBroader: 'the policy discloses flow "{{flow}}" ({{aspect}}) only in broader terms, and says nothing of {{leftOutWords}} (broader: {{termWords}}): "{{statement}}"',
      otherName: 'the policy names {{other}} where flow "{{flow}}" declares {{declared}} ({{aspect}}), and never names {{declared}}: "{{statement}}"',
    },
  },
  check(ctx) {
    // The message says each claim in a reviewer's words; data.claim keeps the keys for programs.
    const words = (c: Parameters<typeof describeClaim>[0]) => describeClaimIn(c, messageLocalizer(ctx.catalog));
    // The broader terms and what is said otherwise: keys in data (terms, otherwise), words in the message.
    const terms = (ts: BroaderTerm[] = []) => ({ terms: ts.map(termKey).join('; '), termWords: ts.map((t) => describeTermIn(t, messageLocalizer(ctx.catalog))).join('; ') });
    const otherwise = (os: SaidOtherwise[]) => ({ otherwise: os.map(otherwiseKey).join('; '), otherwiseWords: os.map((o) => `${words(o.by)}, where the flow has ${words(o.wanted)}`).join('; ') });
    if (ctx.policy?.document) {
      for (const d of flowDisclosures(ctx)) {
        if (d.class !== 'vague' || d.aspect === 'purposes') continue;
        // Another party named for the flow's recipient: one finding naming both (issue 18).
        if (d.named) ctx.report({ messageId: 'otherName', data: { class: 'vague', flow: d.flow.id, aspect: d.aspect, statement: d.statement ?? '', claim: d.claims.map(describeClaim).join('; '), related: d.related, other: d.named.other, declared: d.named.declared }, pos: d.pos, fix: `Name ${d.named.declared} as the flow's recipient, or declare ${d.named.other} in the flow if it is the one that gets the data.` });
        // Vague because a part of the flow is never said ("Zendesk receives your name and messages", the
        // customer number nowhere): the finding names that part, not "broader terms" it does not use.
        else if (d.leftOut) ctx.report({ messageId: d.leftOut.broader && d.broaderTerms?.length ? 'leftOutBroader' : 'leftOut', data: { class: 'vague', flow: d.flow.id, aspect: d.aspect, statement: d.statement ?? '', claim: d.claims.map(describeClaim).join('; '), leftOut: d.leftOut.claims.map(describeClaim).join('; '), leftOutWords: d.leftOut.claims.map(words).join('; '), ...terms(d.broaderTerms), related: d.related }, pos: d.pos, fix: 'Add what the policy leaves out to the statement (or say it elsewhere), and name the data, the recipient, the places and the period as the flow declares them.' });
        // What is broader, or what is said otherwise, is named: never a bare "broader terms" (issue 18, stop 25).
        else if (d.otherwise?.length) ctx.report({ messageId: 'otherwise', data: { class: 'vague', flow: d.flow.id, aspect: d.aspect, statement: d.statement ?? '', claim: d.claims.map(describeClaim).join('; '), ...otherwise(d.otherwise), related: d.related }, pos: d.pos, fix: 'Say the places, the recipient and the period as the flow declares them, or correct the flow if the policy is right.' });
        else if (d.broaderTerms?.length) ctx.report({ messageId: 'policy', data: { class: 'vague', flow: d.flow.id, aspect: d.aspect, statement: d.statement ?? '', claim: d.claims.map(describeClaim).join('; '), ...terms(d.broaderTerms), related: d.related }, pos: d.pos, fix: 'Name the data, the recipient (type and name), the places and the period as the flow declares them.' });
        else ctx.report({ messageId: 'general', data: { class: 'vague', flow: d.flow.id, aspect: d.aspect, statement: d.statement ?? '', claim: d.claims.length ? d.claims.map(describeClaim).join('; ') : d.said ?? 'what the flow declares', claimWords: d.claims.length ? d.claims.map(words).join('; ') : d.said ?? 'what the flow declares', related: d.related }, pos: d.pos, fix: 'Name the data, the recipient (type and name), the places and the period as the flow declares them.' });
      }
      return;
    }
    for (const c of ctx.coverage?.() ?? []) {
      if (c.result.kind !== 'vague') continue;
      ctx.report({
        messageId: 'vague',
        data: { claim: describeClaim(c.claim), by: describeClaim(c.result.by), broader: c.result.broader.join(', '), source: c.source },
        pos: ctx.clausePos(c.offset),
        fix: 'Name the specific data category and recipient (type and name) in the clause, as the footer and flows do.',
      });
    }
  },
};
