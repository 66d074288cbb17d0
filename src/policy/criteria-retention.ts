/**
 * A flow whose recipients keep its data by criteria of their own, not for a period we set: the data
 * a person types straight into a payment processor's form (`collectedByRecipients.retentionCriteria`:
 * "for as long as it needs them to complete the payment and to handle refunds and chargebacks") or
 * a recipient's keeping for a legal duty of its own (`recipients[].ownRetention.criteria`). Such a
 * flow makes no retention claim (render/statements/retention.ts states the criteria, no period), so
 * the comparison of claims finds nothing to weigh; a reviewer still reads a policy for how long the
 * recipient keeps the data (issue 18, held-out-6: lorong-clay-studio, theehuis-kersenboom,
 * phatho-baan-kham, and held-out-3's harrow-lane-opticians).
 *
 * The recipient's own keeping, said with the recipient named as the one who keeps the data ("Stripe
 * keeps payment data for as long as it needs it to complete the payment …"), is as specific as the
 * flow: clear, unless it is said only by other criteria than the flow's, a pointer to its own policy
 * or purposes not the flow's (vague: src/policy/kept-while.ts `otherCriteria`). A general sentence of
 * keeping (disclosure-classes' vague statements: "we keep data no longer than necessary") is vague;
 * nothing is omitted.
 */
import type { Mention, Sentence } from '../claims/read-claims.js';
import { covers } from '../load/taxonomy.js';
import type { Flow } from '../model/types.js';
import { namedBefore } from './described-retention.js';

/** Whether the flow's recipients keep its data by their own criteria, with no period of the flow's. */
export function keptByCriteria(flow: Flow): boolean {
  if (flow.retention || !flow.recipients.length) return false;
  return flow.collectedByRecipients?.retentionCriteria !== undefined || flow.recipients.some((r) => r.ownRetention?.criteria !== undefined);
}

/** What the flow declares, in words, for a finding that has no claim to show. */
export function criteriaSaid(flow: Flow): string {
  const who = flow.recipients.map((r) => (r.name ? `"${r.name}"` : r.type)).join(', ');
  return `${who} keeps ${flow.data.join(', ')} by its own criteria, with no period of ours (collectedByRecipients.retentionCriteria${flow.recipients.some((r) => r.ownRetention) ? ', ownRetention' : ''})`;
}

export interface CriteriaHelpers {
  isHeading(offset: number): boolean;
  kinds(s: Sentence, k: Mention['kind']): Mention[];
  tax: Parameters<typeof covers>[0];
  /** Where a sentence's own words start; sentences of one paragraph or list item share it. */
  ownAt?(offset: number): number;
  /** Whether the sentence is the business's own ("we", "our"). */
  ours?(s: Sentence): boolean;
}

/**
 * The sentence that says how long one of the flow's recipients keeps the flow's data: a verb of
 * keeping, the recipient by name or by its type (or a narrower one), no negation, data the flow's
 * fall under (or none named), and no period: the flow declares none, and a period beside the
 * recipient's name is as likely ours for what it sends us ("the receipts Stripe sends us are kept
 * 13 months") as its own.
 */
export function recipientKeeping(flow: Flow, sentences: readonly Sentence[], h: CriteriaHelpers): Sentence | undefined {
  const ofFlow = (x: Sentence) =>
    [...h.kinds(x, 'name'), ...h.kinds(x, 'recipient')].some((m) =>
      flow.recipients.some((r) => (m.kind === 'name' ? r.name === m.value || r.legalName === m.value : m.value === r.type || covers(h.tax, 'recipient', r.type, m.value))),
    );
  for (const [i, s] of sentences.entries()) {
    if (h.isHeading(s.start) || h.kinds(s, 'negation').length || s.durations.length) continue;
    if (!h.kinds(s, 'action').some((a) => a.value === 'retain')) continue;
    const said = h.kinds(s, 'data').map((m) => m.value);
    if (said.length && !said.some((d) => flow.data.some((fd) => covers(h.tax, 'data', d, fd)))) continue;
    // Named, or referred back to: "该公司 … 保存这些信息" after a sentence of its paragraph naming Stripe
    // (src/policy/described-retention.ts `namedBefore`).
    const before = namedBefore(sentences, i, h);
    if (ofFlow(s) || (before && ofFlow(before))) return s;
  }
  return undefined;
}

/**
 * Whether the recipient's keeping names the flow's own criteria: the flow's purpose or a narrower one
 * (payment, refunds, chargebacks), in the sentence or in the clause after its ";". A keeping that names
 * neither these nor any criterion (`policy.keptWhile`: "as long as it needs") — "for the time the applicable
 * rules set" — names a period's existence in broader terms than the flow's criteria (vague), as a pointer
 * to its own policy does.
 */
export function namesFlowCriteria(s: Sentence, next: Sentence | undefined, flow: Flow, h: Pick<CriteriaHelpers, 'kinds' | 'tax'>): boolean {
  const fits = (x: Sentence) => h.kinds(x, 'purpose').some((m) => covers(h.tax, 'purpose', flow.purpose, m.value));
  return fits(s) || (next !== undefined && /[;；]\s*$/u.test(s.text) && fits(next));
}

/**
 * The sentence in which one of the flow's recipients, named as its subject, keeps the flow's data for a
 * period of its own ("Stripe Payments Europe conserve elle aussi les données de paiement qu'elle reçoit
 * pendant 13 mois, puis les supprime"): the recipient's name opens the sentence, before a verb of keeping
 * or deleting and a period; no negation, data the flow's fall under (or none named). A fixed period
 * said where the flow declares the recipient's own criteria states the keeping otherwise than the flow
 * does (incorrect). A period beside a name that does not open the sentence ("the receipts Stripe sends
 * us are kept 13 months") stays ours (`recipientKeeping`).
 */
export function recipientPeriod(flow: Flow, sentences: readonly Sentence[], h: CriteriaHelpers): Sentence | undefined {
  for (const s of sentences) {
    if (h.isHeading(s.start) || h.kinds(s, 'negation').length || !s.durations.length) continue;
    if (s.deletion !== true && !h.kinds(s, 'action').some((a) => a.value === 'retain')) continue;
    const said = h.kinds(s, 'data').map((m) => m.value);
    if (said.length && !said.some((d) => flow.data.some((fd) => covers(h.tax, 'data', d, fd)))) continue;
    const first = h.kinds(s, 'name').find((m) => flow.recipients.some((r) => r.name === m.value || r.legalName === m.value));
    if (!first || s.text.slice(0, Math.max(0, first.start - s.start)).trim() !== '') continue;
    if (s.durations.every((d) => d.start < first.start)) continue;
    return s;
  }
  return undefined;
}

/**
 * A sentence of keeping with no period for the data of the flow's purpose, named by that purpose
 * ("We keep records of your payments for as long as the law requires"): says how long in broader
 * terms than the recipient's own criteria (vague). A sentence with a period is about records of ours
 * that have one (the receipts' 13 months), not about the recipient's keeping.
 */
export function purposeKeeping(flow: Flow, sentences: readonly Sentence[], h: CriteriaHelpers): Sentence | undefined {
  return sentences.find(
    (s) =>
      !h.isHeading(s.start) &&
      !s.durations.length &&
      !h.kinds(s, 'negation').length &&
      h.kinds(s, 'action').some((a) => a.value === 'retain') &&
      h.kinds(s, 'purpose').some((m) => covers(h.tax, 'purpose', flow.purpose, m.value)),
  );
}
