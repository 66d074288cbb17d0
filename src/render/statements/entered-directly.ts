/**
 * Data the recipients collect directly from the person on our behalf (collectedByRecipients.data):
 * said once as the recipient's collection (statement.enteredDirectly).
 */
import type { Flow, Organization, Recipient, RegionProfile } from '../../model/types.js';
import { isOutside, resolveTransfer } from '../facts.js';
import type { Localizer } from '../localizer.js';
import { collectedDirectly, type StatementContext } from './context.js';
import { recipientRoute } from './transfer-route.js';

/**
 * The key of the sentence for the data `r` collects directly for us in `flow` (`direct`), with the region's
 * wording (`loc` the region's localizer): Vietnam's transfer under Điều 20 khoản 1 điểm c (VN8-1), the contract
 * of the transfer sentence (SEA8-1), or the general sentence. The review pack quotes the same sentence
 * (src/export/flow-view.ts; review 8 TH8-3(b)).
 */
export function enteredDirectlyKey(loc: Localizer, region: RegionProfile, org: Organization, flow: Flow, r: Recipient, direct: readonly string[]): 'statement.enteredDirectlyAbroad' | 'statement.enteredDirectlyContract' | 'statement.enteredDirectly' {
  const abroad = isOutside(r.country, region);
  const passes = flow.data.some((d) => !direct.includes(d));
  const underContract = abroad && passes && !region.transferStatedOnce && loc.has('statement.enteredDirectlyContract') && resolveTransfer(recipientRoute(r, flow, region, org).mechanism, region, r.country, r).mechanism === 'contract';
  return abroad && loc.has('statement.enteredDirectlyAbroad') ? 'statement.enteredDirectlyAbroad' : underContract ? 'statement.enteredDirectlyContract' : 'statement.enteredDirectly';
}

/** The sentences for the data each named recipient collects directly, after the flows' own. */
export function enteredDirectlyStatements(ctx: StatementContext): void {
  const { s, loc, region, org, flows, entrusts, dataList } = ctx;
  // Data the recipients collect directly from the person on our behalf (collectedByRecipients.data: the card
  // typed into the payment processor's field on our checkout page) never pass through our systems: one sentence
  // says the recipient collects them on our behalf, after the disclosure (review 7 EU7-3/EU7-4, CA7-2, SEA7-1,
  // TH7-2, VN7-3). It makes no claim: the claim reader has no action for a collection by another party on our
  // behalf in the 12 languages, and no share, transfer or source sentence names these data (see `direct`
  // above), so no sentence says both. Not where the region lists entrusted processing (china): it says so in
  // its processing-method line (review 6 CN6-2, review 7 CN7-2).
  if (!entrusts) {
    for (const flow of flows) {
      const direct = collectedDirectly(flow);
      if (!direct.length) continue;
      for (const r of flow.recipients) {
        if (!r.name) continue;
        // Where the region's law makes a collection on a platform abroad on our behalf our own cross-border
        // transfer, the region words it with the article (review 8 VN8-1: Vietnam, Luật 91/2025/QH15 Điều 20
        // khoản 1 điểm c; regions/sea/vn.yaml wording statement.enteredDirectlyAbroad). Data only: a region
        // without that key keeps the general sentence; a recipient inside the region never takes it.
        // Where the clause states our transfer to that recipient on a contract (the data of the flow that do pass
        // through us, statement.transfer), the region ties the data the recipient collects for us to the same
        // contract: "… which receives them from you on our behalf under the contract described below" (review 8
        // SEA8-1: sg, my, id, ph; profile wording statement.enteredDirectlyContract). The sentence still says the
        // recipient receives them, never that we disclose or transfer them (review 7 SEA7-1).
        const key = enteredDirectlyKey(loc, region, org, flow, r, direct);
        s.share.push({ key, values: { data: dataList(direct), type: loc.label('recipient', r.type), name: r.name, country: loc.country(r.country) }, claims: [], flow: flow.id });
      }
    }
  }
}
