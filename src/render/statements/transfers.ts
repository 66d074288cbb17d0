/**
 * Transfers out of the region: the sentence for one transfer (with its mechanism and article, or bare
 * where none is named), a recipient's transfers (ours to it, its filed route under PIPL Art. 38(1),
 * and its own onward transfers to where it stores the data), and our own transfers to our systems abroad.
 */
import type { Claim } from '../../claims/claim.js';
import type { Flow, TransferMechanism } from '../../model/types.js';
import { regionCitation } from '../citation.js';
import { dpfStatedOf } from '../dpf-list.js';
import { isOutside, mechanismFor, recipientPlaces, resolveTransfer } from '../facts.js';
import type { FlowContext, StatementContext } from './context.js';
import type { RecipientContext } from './recipients.js';
import { exportFilingFor, onwardDpf, recipientRoute, unresolvedOf } from './transfer-route.js';
import type { Assertion, Statement } from './types.js';

/** One transfer of a flow's data to `destination`: with its mechanism (and article, or DPF decision), or bare. */
export function transferStatement(ctx: StatementContext, flow: Flow, data: string, destination: string, mechanism: TransferMechanism | undefined, decision: string | undefined, claim: (d: string) => Claim, asserts: Assertion, keys: string[] = flow.data): Statement {
  const { loc, region, withArticle } = ctx;
  let claims = keys.map(claim);
  // Where the law has one route for every transfer (Vietnam), no mechanism is named per transfer.
  if (region.transferStatedOnce) claims = claims.map(({ mechanism: _named, ...rest }) => rest);
  if (!mechanism || region.transferStatedOnce) return { key: 'statement.transferBare', values: { data, destination, ...(loc.has('statement.separateController') ? { separate: '' } : {}) }, claims, flow: flow.id, asserts };
  const wording = loc.t(`mechanism.${region.mechanismWording?.[mechanism] ?? mechanism}`);
  // A transfer on the DPF adequacy decision names the decision, as the onward DPF transfers of Meta and
  // Stripe do (statement.transferOnwardDpf; review 7 EU7-7: Commission Implementing Decision (EU)
  // 2023/1795 of 10 July 2023, transfers/eu-adequacy.yaml), where the locale has the form for it.
  const number = mechanism === 'dpf' ? /\d{4}\/\d+/.exec(decision ?? '')?.[0] : undefined;
  const article = number && loc.has('statement.withArticleDecision') ? regionCitation(region, 'mechanism', mechanism, loc.lng) : undefined;
  const label = article ? loc.t('statement.withArticleDecision', { label: wording, article, decision: number! }) : withArticle(wording, 'mechanism', mechanism);
  return { key: 'statement.transfer', values: { data, destination, mechanism: label }, claims, flow: flow.id, asserts };
}

/**
 * A recipient's transfers: ours to it where it is outside the region (or why no route is stated), its
 * filed route, and its own onward transfers to where it keeps the data; a recipient outside the
 * region, or keeping the data outside it, is gathered as an overseas recipient (PIPL Art. 39).
 */
export function recipientTransferStatements(ctx: StatementContext, fc: FlowContext, rc: RecipientContext): void {
  const { s, loc, region, org, subStorage, atStart, overseas, built } = ctx;
  const { flow, data, at, passed, passedData, atPassed } = fc;
  const { r, subject, recipient, who, party } = rc;
  const route = recipientRoute(r, flow, region, org);
  const declared = route.mechanism;
  const abroad = recipientPlaces(r).filter((p) => isOutside(p, region));
  if (isOutside(r.country, region)) {
    const res = resolveTransfer(declared, region, r.country, r);
    if (res.problem) built.unresolvedTransfers.push(unresolvedOf({ flow: flow.id, place: r.country, recipient: r.name ?? r.type, mechanism: res.declared }, res.problem, route.note));
    // Our transfer to the recipient names only what passes through us (the card it collects itself is not ours to transfer).
    const stated = transferStatement(ctx, flow, passedData, recipient, res.mechanism, res.decision?.decision, (d) => ({ action: 'transfer', data: d, recipient: who, place: r.country, ...(res.mechanism ? { mechanism: res.mechanism } : {}) }), atPassed('transfer', { party, place: r.country, ...(res.mechanism ? { mechanism: res.mechanism } : {}) }), passed);
    // A third party (its own purposes) with no route of ours is said to receive the data as a separate
    // controller where the region words it (statement.separateController in the profile's wording; the
    // Philippines: DPA s.21(a) covers data transferred for processing, review-3 PH-1). The statement keeps
    // its key, so its action stays the locale's "transfer".
    if (stated.values['separate'] !== undefined && r.type.startsWith('recipient.third_party.')) stated.values['separate'] = loc.t('statement.separateController');
    // On the DPF adequacy decision, which covers only organisations on the DPF List (Decision (EU) 2023/1795,
    // Art. 1): the sentence says the recipient, by its legal person, is certified, as the onward DPF sentences of
    // Meta and Stripe do, where the region words it (statement.transferDpfCertified; review 8 EU8-4). Key and
    // claims stay those of statement.transfer.
    if (res.mechanism === 'dpf' && r.dpfCertified && stated.key === 'statement.transfer' && loc.has('statement.transferDpfCertified')) {
      stated.words = 'statement.transferDpfCertified';
      stated.values = { ...stated.values, name: r.legalName ?? r.name ?? recipient };
      // Recorded with when its DPF List entry was checked, for the notes and rule dpf-list-check (review 9 EU9-1).
      if (passed.length) built.dpfStated.push(dpfStatedOf(r, flow.id, false, recipient, org));
    }
    if (passed.length) s.transfer.push(stated);
    // The recipient's filed route (PIPL Art. 38(1)), once per recipient: authority and number as issued.
    const filed = exportFilingFor(org, r, res.mechanism);
    if (filed && !s.filing.some((f) => f.values['recipient'] === filed.recipient && f.values['number'] === filed.number)) {
      s.filing.push({ key: 'clause.exportFiling', values: { recipient: filed.recipient, filing: loc.t(`filing.${filed.route}`), authority: filed.authority, number: filed.number, article: regionCitation(region, 'mechanism', res.mechanism!, loc.lng) ?? '' }, claims: [], flow: flow.id });
    }
  }
  for (const place of abroad) {
    if (place === r.country) continue;
    // Said with the sub-processor that keeps the data there (subStorage, review CN3-2).
    if (subStorage && r.subProcessor && r.storage?.includes(place)) continue;
    // The recipient keeps the data in a place outside the region other than its own country: that
    // transfer is the recipient's own (Meta Platforms Ireland Limited to its US storage), on its own
    // safeguards, never stated as ours or on our mechanism (review EU-2, review-sea X5). No route
    // of ours is owed for it, so none is reported missing; the region's element notes what is open.
    // To a sub-processor certified under the EU-U.S. Data Privacy Framework: the transfer rests on
    // the adequacy decision, and the sentence says so with the decision (GDPR Art. 13(1)(f), 45(3);
    // review EU-A); it names the sub-processor, so no separate sub-processor sentence is written.
    if (onwardDpf(r, region) && r.subProcessor!.country === place) {
      const sub = r.subProcessor!;
      const res = resolveTransfer('dpf', region, place, { ...r, dpfCertified: true });
      const decision = /\d{4}\/\d+/.exec(res.decision?.decision ?? '')?.[0] ?? '';
      const holder = atStart('statement.transferOnwardDpf', r.name ?? loc.label('recipient', r.type, 'definite'));
      s.transfer.push({
        key: 'statement.transferOnwardDpf',
        values: { recipient: holder, data, name: sub.name, article: regionCitation(region, 'mechanism', 'dpf', loc.lng) ?? '', decision },
        // As the sentence names it: the holder by name, to the place (the reader reads a transfer said of
        // a named party first as that party's own onward transfer).
        claims: flow.data.map((d): Claim => ({ action: 'transfer', data: d, recipient: r.name ? { name: r.name } : who, place })),
        flow: flow.id,
        asserts: at('transfer', { party, place }),
      });
      built.dpfStated.push(dpfStatedOf(r, flow.id, true, sub.name, org));
      continue;
    }
    const holder = subject('statement.transferOnward');
    s.transfer.push({
      key: 'statement.transferOnward',
      values: { recipient: holder, data, places: loc.country(place) },
      claims: flow.data.map((d): Claim => ({ action: 'transfer', data: d, recipient: who, place })),
      flow: flow.id,
      asserts: at('transfer', { party, place }),
    });
  }
  if (isOutside(r.country, region) || abroad.length) {
    const key = `${r.type}|${r.name ?? ''}|${r.country}`;
    const o = overseas.get(key) ?? { r, flows: [], data: [] };
    o.flows.push(flow.id);
    for (const d of flow.data) if (!o.data.includes(d)) o.data.push(d);
    overseas.set(key, o);
  }
}

/**
 * Our own storage. Abroad at our own establishment, it says so; abroad elsewhere it is a transfer to
 * our own systems, on a mechanism that needs no other party.
 */
export function ownStorageStatements(ctx: StatementContext, fc: FlowContext): void {
  const { s, loc, region, org, us, built } = ctx;
  const { flow, data, each, at } = fc;
  if (!flow.storage.length) return;
  const establishment = flow.storage.filter((p) => isOutside(p, region) && p === org.controller.country);
  const plain = flow.storage.filter((p) => !establishment.includes(p));
  if (plain.length) {
    const places = loc.list(plain.map((p) => loc.country(p)));
    s.store.push({ key: 'statement.store', values: { data, places }, claims: flow.data.flatMap((d) => plain.map((p): Claim => ({ action: 'store', data: d, place: p }))), flow: flow.id, asserts: at('store', { party: us, place: plain.join(',') }) });
  }
  for (const place of establishment) {
    s.store.push({ key: 'statement.storeOwnEstablishment', values: { data, place: loc.country(place) }, claims: each((d) => ({ action: 'store', data: d, place })), flow: flow.id, asserts: at('store', { party: us, place }) });
  }
  for (const place of plain) {
    if (!isOutside(place, region)) continue;
    const res = resolveTransfer(mechanismFor(flow.transfer, region), region, place, undefined);
    if (res.problem) built.unresolvedTransfers.push({ flow: flow.id, place, mechanism: res.declared, reason: res.problem });
    const destination = loc.t('statement.ownSystems', { country: loc.country(place) });
    s.transfer.push(transferStatement(ctx, flow, data, destination, res.mechanism, res.decision?.decision, (d) => ({ action: 'transfer', data: d, place, ...(res.mechanism ? { mechanism: res.mechanism } : {}) }), at('transfer', { party: us, place, ...(res.mechanism ? { mechanism: res.mechanism } : {}) })));
  }
}
