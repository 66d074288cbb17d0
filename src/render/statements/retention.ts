/**
 * How long the data are kept: our period or the recipients' (retention.heldBy), a statutory one with
 * the records that hold the data, how the recipients' period is determined where they state none, and
 * what a recipient keeps for a legal duty of its own.
 */
import { localPhrase } from '../citation.js';
import { partyOf, type FlowContext, type StatementContext } from './context.js';
import { textInSentence } from './user-text.js';

/** The retention sentences of one flow. */
export function retentionStatements(ctx: StatementContext, fc: FlowContext): void {
  const { s, loc, options, us, atStart } = ctx;
  const { flow, data, purpose, each, at } = fc;
  if (flow.retention) {
    const r = flow.retention;
    const event = loc.t(`event.${r.from}`);
    // The period's start as a locale writes it after its "from" where the event alone does not fit one frame
    // (it: "a decorrere {{from}}": "dalla data di raccolta", but "dalla fine dell'anno solare …"; review 8 EU8-5).
    const from = loc.has(`eventFrom.${r.from}`) ? loc.t(`eventFrom.${r.from}`) : loc.has('eventFrom.default') ? loc.t('eventFrom.default', { event }) : event;
    const values: Record<string, string> = { data, duration: loc.duration(r), event, from, law: r.statutory ? localPhrase(r.statutory.law, loc.lng) : '' };
    // Who keeps the data: we, or the flow's recipients where the period is theirs (retention.heldBy;
    // Meta keeps Cloud API messages at most 30 days: review 3 EU-m4, CA-m4). A recipient's period is
    // never a statutory one of ours.
    const holders = r.heldBy === 'recipients' && !r.statutory ? flow.recipients : [];
    const key = holders.length ? (r.upTo ? 'statement.retainRecipientUpTo' : 'statement.retainRecipient') : r.statutory ? 'statement.retainStatutory' : r.upTo ? 'statement.retainUpTo' : 'statement.retain';
    if (holders.length) values['recipient'] = atStart(key, loc.list(holders.map((h) => h.name ?? loc.label('recipient', h.type, 'definite'))));
    // A recipient's period with the purpose it serves, for a wording that names it (review 6 CN6-3).
    if (holders.length) values['purpose'] = purpose;
    // Our period on consent that ends earlier when the consent is withdrawn (retention.endsOnWithdrawal): same key,
    // its own words, in every region, since it is a fact of our practice (locale wording; a region whose period names
    // the purpose words it too) (review 8 EU8-2, GDPR Art. 17(1)(b); review 9 CA9-1). The period it states
    // is then a maximum ("90 days …, or until you withdraw your consent if that is sooner"): its claim is "up to".
    const cappedKey = r.endsOnWithdrawal && (key === 'statement.retain' || key === 'statement.retainUpTo') ? `${key}EndsOnWithdrawal` : undefined;
    const capped = cappedKey !== undefined && loc.has(cappedKey);
    s.retain.push({
      key,
      ...(capped ? { words: cappedKey } : {}),
      values,
      claims: each((d) => ({ action: 'retain', data: d, retention: { value: r.value, unit: r.unit, from: r.from, ...((r.upTo || capped) && !r.statutory ? { upTo: true } : {}), ...(r.statutory ? { statutory: true } : {}) } })),
      flow: flow.id,
      // "We keep …" for our own period; the recipient as the subject for its own.
      asserts: at('retain', { party: holders.length ? partyOf(holders[0]!) : us, ...(holders.length > 1 ? { holders: holders.map(partyOf) } : {}) }),
    });
  }

  // Data the person gives straight to the recipients (flow.collectedByRecipients), which state no fixed period:
  // how the recipients' period is determined, with its purpose and holder, in every region (review 6 TH6-1,
  // VN6-2, CN6-2: PDPA s.23(3); 《网络数据安全管理条例》第二十一条第一款第三项; GDPR Art. 13(2)(a)). Never "we
  // keep": the recipient is the subject. No period is stated, so the sentence records no retention claim.
  const criteria = !flow.retention && flow.recipients.length ? textInSentence(flow.collectedByRecipients?.retentionCriteria, loc.lng, options.language, 'fullStop') : undefined;
  if (criteria) {
    const key = 'statement.retainRecipientCriteria';
    const holders = flow.recipients;
    s.retain.push({
      key,
      values: { purpose, data, how: criteria, recipient: atStart(key, loc.list(holders.map((h) => h.name ?? loc.label('recipient', h.type, 'definite')))) },
      claims: [],
      flow: flow.id,
      asserts: at('retain', { purpose: flow.purpose, party: partyOf(holders[0]!), ...(holders.length > 1 ? { holders: holders.map(partyOf) } : {}) }),
    });
  }
  // What a recipient keeps for a legal duty of its own (recipient.ownRetention: Stripe's transaction records under
  // the anti-money-laundering law that applies to it): a sentence of its own, never under our purpose, with the
  // recipient's role in the region's terms where it keeps them as a controller of its own (statement.ownController,
  // region wording; else statement.ownAccount). Our entrustment does not cover it (review 7 CN7-1: PIPL
  // Art. 21(2); SEA7-4). No period is stated, so the sentence records no retention claim.
  for (const r of flow.recipients) {
    const own = r.ownRetention ? textInSentence(r.ownRetention.criteria, loc.lng, options.language, 'fullStop') : undefined;
    if (!own || !loc.has('statement.retainRecipientOwn')) continue;
    const key = 'statement.retainRecipientOwn';
    const role = r.ownRetention!.role === 'controller' && loc.has('statement.ownController') ? loc.t('statement.ownController') : loc.t('statement.ownAccount');
    s.retain.push({ key, values: { recipient: r.name ?? loc.label('recipient', r.type, 'definite'), how: own, role }, claims: [], flow: flow.id });
  }

  // A statutory period that does not end while the records still matter (§ 147(3) sentence 5 AO: not
  // while they matter for taxes whose assessment period has not expired), with the records that hold
  // the data (retention.statutory.records, whileOpen; review 3 EU-m6, CA-m6).
  const period = flow.retention?.statutory;
  const kept = s.retain[s.retain.length - 1];
  if (period?.whileOpen && period.records && kept?.key === 'statement.retainStatutory' && kept.flow === flow.id) {
    kept.key = 'statement.retainStatutoryRecords';
    kept.values = { ...kept.values, records: loc.t(`records.${period.records}`), extension: loc.t(`retentionExtension.${period.whileOpen}`) };
  }
}
