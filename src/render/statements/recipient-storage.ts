/**
 * Where a recipient keeps the data itself (its data centres): its storage sentence, and the
 * sub-processor that keeps them for it, named in that sentence (PIPL Art. 21, 39) or in a sentence of
 * its own (review EU-2).
 */
import type { Claim } from '../../claims/claim.js';
import type { FlowContext, StatementContext } from './context.js';
import type { RecipientContext } from './recipients.js';
import { onwardDpf } from './transfer-route.js';

/** The storage sentences of one recipient of a flow, where it says where it keeps the data. */
export function recipientStorageStatements(ctx: StatementContext, fc: FlowContext, rc: RecipientContext): void {
  const { s, loc, region, subStorage } = ctx;
  const { flow, data, at } = fc;
  const { r, subject, party } = rc;
  // Where the recipient itself keeps the data, when it says so (a processor's data centres).
  if (!r.storage?.length) return;
  const places = loc.list(r.storage.map((p) => loc.country(p)));
  // Capitalized where the sentence starts with the recipient (nl "Bij {{recipient}} …" does not; `subject`).
  const sub = r.subProcessor;
  if (subStorage && sub) {
    const key = flow.retention?.upTo ? 'statement.storeSubProcessorUpTo' : 'statement.storeSubProcessor';
    const named = subject(key);
    s.store.push({
      key,
      // The sub-processor's country only where the sentence does not already name it as the one place the
      // data are kept ({{at}}; review 7 SEA7-2: not "(United States) … United States"), bracketed as the locale
      // brackets a country after a name (statement.countryAfterName: " (United States)" in en, "（美国）" in zh-CN).
      values: { recipient: named, name: sub.name, country: loc.country(sub.country), at: r.storage.length === 1 && r.storage[0] === sub.country ? '' : loc.t('statement.countryAfterName', { country: loc.country(sub.country) }), data, places, ...(flow.retention?.upTo ? { duration: loc.duration(flow.retention) } : {}) },
      claims: flow.data.flatMap((d) => r.storage!.map((p): Claim => ({ action: 'store', data: d, place: p }))),
      flow: flow.id,
      asserts: at('store', { party, place: r.storage.join(',') }),
    });
  }
  const holder = subject('statement.storeRecipient');
  if (!(subStorage && sub)) s.store.push({
    key: 'statement.storeRecipient',
    values: { recipient: holder, data, places },
    claims: flow.data.flatMap((d) => r.storage!.map((p): Claim => ({ action: 'store', data: d, place: p }))),
    flow: flow.id,
    asserts: at('store', { party, place: r.storage.join(',') }),
  });
  if (sub && !subStorage && !onwardDpf(r, region) && !s.subProcessor.some((x) => x.values['recipient'] === holder && x.values['name'] === sub.name)) {
    s.subProcessor.push({ key: 'clause.subProcessor', values: { recipient: subject('clause.subProcessor'), name: sub.name, country: loc.country(sub.country) }, claims: [], flow: flow.id });
  }
}
