/**
 * Where the business keeps data itself, said of its systems anywhere in a policy: "our booking system
 * itself is hosted in Germany", "Nuestros sistemas están alojados en … Alemania". A sentence with a
 * verb of storing and a place, naming no data, no recipient and no one else, and neither denying
 * nor speaking of other countries in general, is the business's own storage of the flow's data
 * there (a section on transfers reads such sentences already, src/policy/disclosure-classes.ts
 * placeStatements; this reads them in any section). A place after a word for someone's seat is no
 * storage place. A hosting provider named by its category is where the business keeps its own systems, so
 * it does not make the sentence someone else's ("Sistem temu janji … dihoskan pada pelayan di Jerman oleh
 * penyedia pengehosan", "Onze agenda … draaien bij een hostingbedrijf op servers in Duitsland"); a hosting
 * provider by name, or any other recipient, still does. A sentence that places servers or data centres
 * ("Unsere Terminverwaltung läuft auf Servern eines Rechenzentrums in Nürnberg") says the same with a verb
 * of keeping or none (src/policy/storage-places.ts); the place of the servers is no seat. Only the storing
 * clause counts where a sentence runs on into another verb (Thai writes no full stop between them), and giving
 * data to the provider that hosts our systems (a category) is storing them where it is.
 */
import type { Claim } from '../claims/claim.js';
import type { Mention, Sentence } from '../claims/read-claims.js';
import type { Flow } from '../model/types.js';

export interface OwnStorageHelpers {
  isHeading(offset: number): boolean;
  kinds(s: Sentence, k: Mention['kind']): Mention[];
  outside(s: Sentence): boolean;
  seat(s: Sentence, place: Mention): boolean;
  /** The places the sentence says of servers or data centres (src/policy/storage-places.ts). */
  facility(s: Sentence): Mention[];
}

/** The category of a provider that hosts the business's own systems. */
const HOSTING = 'recipient.service_provider.hosting';

export function ownStorage(flow: Flow, sentences: readonly Sentence[], h: OwnStorageHelpers): Map<Sentence, Claim[]> {
  const out = new Map<Sentence, Claim[]>();
  if (!flow.storage.length) return out;
  for (const s of sentences) {
    if (h.isHeading(s.start) || h.outside(s)) continue;
    // Giving data to the provider that hosts our systems is keeping them there ("Proveedor de alojamiento …
    // Alemania", a recipients table's row): its verb is one of storing.
    const hosted = h.kinds(s, 'recipient').length > 0 && h.kinds(s, 'recipient').every((r) => r.value === HOSTING);
    const storing = (a: Mention) => a.value === 'store' || (hosted && (a.value === 'share' || a.value === 'transfer'));
    // A sentence that runs on into another clause ends the storing one at the next other verb ("…จัดเก็บไว้ที่
    // ศูนย์ข้อมูลในแฟรงก์เฟิร์ต ประเทศเยอรมนี การส่งข้อมูลไปยังผู้ให้บริการ…": Thai does not close the sentence).
    const all = h.kinds(s, 'action');
    const storeAt = all.find(storing)?.start;
    const end = storeAt === undefined ? s.end : (all.find((a) => a.start > storeAt && !storing(a) && a.value !== 'retain')?.start ?? s.end);
    const inClause = (m: Mention) => m.start < end;
    const actions = all.filter(inClause);
    // "Our booking system runs on servers in Germany", "Máy chủ của cửa hàng trực tuyến đặt tại Đức": the
    // place of the servers is where the data are kept, with a verb of keeping or none.
    const facility = actions.every((a) => storing(a) || a.value === 'retain') ? h.facility(s).filter(inClause) : [];
    if (!facility.length && (!actions.some(storing) || actions.some((a) => !storing(a)))) continue;
    const others = h.kinds(s, 'recipient').filter((r) => r.value !== HOSTING && inClause(r));
    if (h.kinds(s, 'data').some(inClause) || h.kinds(s, 'negation').some(inClause) || others.length || h.kinds(s, 'name').some(inClause)) continue;
    const places = facility.length ? facility : h.kinds(s, 'place').filter((p) => inClause(p) && !h.seat(s, p));
    if (!places.length) continue;
    out.set(s, places.flatMap((p) => flow.data.map((d): Claim => ({ action: 'store', data: d, place: p.value }))));
  }
  return out;
}
