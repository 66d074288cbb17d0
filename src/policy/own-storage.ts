/**
 * Where the business keeps data itself, said of its systems anywhere in a policy: "our booking system
 * itself is hosted in Germany", "Nuestros sistemas están alojados en … Alemania". A sentence with a
 * verb of storing and a place, naming no data, no recipient and no one else, and neither denying
 * nor speaking of other countries in general, is the business's own storage of the flow's data
 * there (a section on transfers reads such sentences already, src/policy/disclosure-classes.ts
 * placeStatements; this reads them in any section). A place after a word for someone's seat is no
 * storage place.
 */
import type { Claim } from '../claims/claim.js';
import type { Mention, Sentence } from '../claims/read-claims.js';
import type { Flow } from '../model/types.js';

export interface OwnStorageHelpers {
  isHeading(offset: number): boolean;
  kinds(s: Sentence, k: Mention['kind']): Mention[];
  outside(s: Sentence): boolean;
  seat(s: Sentence, place: Mention): boolean;
}

export function ownStorage(flow: Flow, sentences: readonly Sentence[], h: OwnStorageHelpers): Map<Sentence, Claim[]> {
  const out = new Map<Sentence, Claim[]>();
  if (!flow.storage.length) return out;
  for (const s of sentences) {
    if (h.isHeading(s.start) || h.outside(s)) continue;
    const actions = h.kinds(s, 'action');
    if (!actions.some((a) => a.value === 'store') || actions.some((a) => a.value !== 'store')) continue;
    if (h.kinds(s, 'data').length || h.kinds(s, 'negation').length || h.kinds(s, 'recipient').length || h.kinds(s, 'name').length) continue;
    const places = h.kinds(s, 'place').filter((p) => !h.seat(s, p));
    if (!places.length) continue;
    out.set(s, places.flatMap((p) => flow.data.map((d): Claim => ({ action: 'store', data: d, place: p.value }))));
  }
  return out;
}
