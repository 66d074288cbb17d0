import type { DocumentReview, Rule } from '../check/rule.js';
import { monthsAfter, resolveAsOf } from '../check/as-of.js';
import { euAdequacy } from '../load/adequacy.js';
import { checkedDate } from '../render/dpf-list.js';

/**
 * The clause says an organisation is certified under the EU-U.S. Data Privacy Framework (ours to it, or a
 * processor's onward transfer to its sub-processor), but the data record no check of its entry on the DPF List,
 * or one whose entry's re-certification due date (recorded with the check) has passed, or, without a due date, one
 * older than the re-certification term (12 months; transfers/eu-adequacy.yaml, US `recheckMonths`). The
 * adequacy decision covers only organisations on the List (Decision (EU) 2023/1795, Art. 1), and an organisation
 * that does not re-certify every year is removed from it: an unchecked or old check cannot show the sentence was
 * true when the notice was published (GDPR Art. 5(2), 13(1)(f)). A check shows the entry active on its day only: each
 * organisation re-certifies on its own anniversary, which the List shows (review 11 L11-6). The date compared with is the run's `asOf`
 * (src/check/as-of.ts); the messages name no date but the one recorded, so a pinned or unchanged day gives the
 * same text.
 *
 * Checked against a policy people wrote (`check --policy`, the document read as a whole), the notice is that
 * policy, not the clause disclose would write: the finding is about a sentence of the policy that names the Data
 * Privacy Framework beside the organisation (or the flow's recipient), in it or in the sentence before, and points
 * at that sentence, quoting it (`data.statement`); a policy that names no certification for the organisation
 * depends on no List entry, and gets no finding.
 */
export const rule: Rule = {
  meta: {
    id: 'dpf-list-check',
    scope: 'render',
    description: 'Each organisation the clause says is certified under the EU-U.S. Data Privacy Framework has its DPF List entry checked active before its re-certification due date, and within the last 12 months (dpfChecked).',
    source: 'Commission Implementing Decision (EU) 2023/1795, Art. 1 (adequacy only for organisations on the Data Privacy Framework List) and Annex I (yearly re-certification); GDPR Art. 5(2), 13(1)(f), 45(1); transfers/eu-adequacy.yaml (US entry, with its sources)',
    severity: 'warning',
    messages: {
      notChecked: '{{said}}, but no date on which its entry on the DPF List was checked is recorded (dpfChecked: {{recorded}}; in {{where}} or organization.yaml)',
      // On a policy people wrote: the policy's sentence is not what is missing; the organization's record of the check is.
      notCheckedPolicy: '{{said}}; your records give no date on which its entry on the DPF List was checked ({{where}} or organization.yaml, field dpfChecked), so nothing shows that the certification this sentence relies on is still active',
      stale: '{{said}}, but its entry on the DPF List was last checked active on {{checked}}, more than {{months}} months ago: check it again',
      due: '{{said}}, but its entry on the DPF List was due for re-certification on {{due}} (last checked active on {{checked}}): check it again',
      future: '{{said}}, and a check of its entry on the DPF List is recorded on {{checked}}, after the date this check is made as of ({{asOf}})',
    },
  },
  check(ctx) {
    const stated = ctx.render?.dpfStated;
    if (!stated?.length) return;
    const months = euAdequacy().get('US')?.recheckMonths ?? 12;
    const asOf = ctx.asOf ?? resolveAsOf(undefined);
    const channel = ctx.catalog.channels.get(ctx.template.channel);
    const document = ctx.policy?.document;
    for (const s of stated) {
      const flow = ctx.template.flows.find((f) => f.id === s.flow);
      // In a policy people wrote: the sentence of the policy that states it, or no finding.
      const recipients = [...(flow?.recipients ?? channel?.implies.find((f) => f.id === s.flow)?.recipients ?? [])].flatMap((r) => (r.name ? [r.name] : []));
      const statement = document ? policyStatement(ctx, document, [s.name, ...recipients]) : undefined;
      if (document && !statement) continue;
      // Where the field is: the template's flow, or the channel's (Meta Platforms, Inc. in channels/whatsapp.yaml).
      const own = channel?.implies.some((f) => f.id === s.flow) ? `the ${ctx.template.channel} channel's flow "${s.flow}"` : `flow "${s.flow}"`;
      const where = `${own}${s.sub ? ' (its recipient\'s subProcessor)' : ''}`;
      // The organization's record serves every template, and is the only place for the channel's sub-processors.
      const field = `organization.yaml \`dpfChecked: { "${s.name}": { checked: YYYY-MM-DD, due: YYYY-MM-DD } }\`${own.startsWith('flow') ? (s.sub ? ' (or `dpfChecked` on the subProcessor)' : ' (or `dpfChecked` on the recipient)') : ''}`;
      const fix = `Look up ${s.name} on https://www.dataprivacyframework.gov/list (status Active, EU-U.S. Data Privacy Framework, covering the data transferred) and record the day you checked it, with the entry's next re-certification due date: ${field}. Without an active entry, remove \`dpfCertified\` and name another transfer route (e.g. \`scc\`).`;
      const date = checkedDate(s.checked);
      const pos = statement ? ctx.clausePos(statement.start) : flow?.pos ?? ctx.template.positions['flows'];
      const at = pos ? { pos } : {};
      const said = statement ? `the policy relies on ${s.name}'s certification under the EU-U.S. Data Privacy Framework ("${statement.text}")` : `the clause says ${s.name} is certified under the EU-U.S. Data Privacy Framework`;
      const data = { name: s.name, flow: s.flow, where, months, said, ...(statement ? { statement: statement.text } : {}), ...(date ? { checked: date } : { recorded: s.checked ?? 'none' }) };
      if (!date) ctx.report({ messageId: statement ? 'notCheckedPolicy' : 'notChecked', data, ...at, fix });
      else if (date > asOf) ctx.report({ messageId: 'future', data: { ...data, asOf }, ...at, fix: `Record the date the entry was actually checked, or check as of a later date (--as-of, asOf: in the config).` });
      // The entry's own due date first (re-certification on its anniversary), else 12 months from the check at most.
      else if (s.due && s.due < asOf) ctx.report({ messageId: 'due', data: { ...data, due: s.due }, ...at, fix });
      else if (monthsAfter(date, months) < asOf) ctx.report({ messageId: 'stale', data, ...at, fix });
    }
  },
};

/** The first word of a name, lower case: "meta" for "Meta Platforms, Inc." and "Meta Platforms Ireland Limited". */
const firstWord = (name: string) => name.trim().split(/[\s,]+/)[0]!.toLowerCase();

/**
 * The policy's sentence that names the EU-U.S. Data Privacy Framework (reader.yaml `policy.mechanisms.dpf`) for
 * one of `names` (the organisation, or the flow's recipient whose sub-processor it is; by the first word of the
 * name, as the policy calls Meta Platforms, Inc. "Meta"): named in that sentence or in the one before it ("Meta
 * speichert diese Nachrichten in den USA; die Übermittlung stützt sich auf das EU-U.S. Data Privacy Framework").
 * Its start (where its words begin) and its words as written.
 */
function policyStatement(ctx: Parameters<Rule['check']>[0], document: DocumentReview, names: readonly string[]): { start: number; text: string } | undefined {
  const sentences = ctx.clauseRead?.sentences ?? [];
  const text = ctx.clauseText ?? '';
  const wanted = new Set(names.map(firstWord));
  const names_ = (i: number) => (sentences[i]?.mentions ?? []).some((m) => m.kind === 'name' && wanted.has(firstWord(m.value)));
  for (const [i, sentence] of sentences.entries()) {
    if (!sentence.mentions.some((m) => m.kind === 'mechanism' && m.value === 'dpf')) continue;
    if (!names_(i) && !names_(i - 1)) continue;
    let start = sentence.start;
    while (start < sentence.end && /\s/.test(text[start]!)) start++;
    const own = document.ownAt(start);
    const from = own > start && own < sentence.end ? own : start;
    const words = document.written(from, sentence.end);
    return { start: from, text: words.replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}
