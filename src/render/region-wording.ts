/**
 * A region's own words for a sentence the locale writes for every region: the profile's `wording:`
 * gives, per wording key and locale, the sentence this region writes instead (Singapore
 * "Organisation:" for the controller line, PDPA 2012 s.2(1); the Philippines "Personal information
 * controller:", DPA s.3(h)), with the same `{{placeholders}}`. The law's terms live with the law's
 * profile, as `authority.name` does; a locale every region shares keeps its general sentence. The key a
 * statement is recorded under stays the general one, so the rules that read statements by key are
 * unchanged; only the words differ. A key the locale does not have (basis.legal_obligation_foreign)
 * exists only where a region gives it: `has` tells the renderer whether to write it. The rules take a
 * sentence's action from the locale's wording of its key (wordingActions), so a region's sentence for a
 * key names the same action as the locale's (disclose ↔ disclose, transfer ↔ transfer).
 */
import type { RegionProfile } from '../model/types.js';
import { closeAppositions, type Localizer } from './localizer.js';
import { oneLine } from './one-line.js';
import { PairCache } from '../util/pair-cache.js';

declare module '../model/types.js' {
  interface RegionProfile {
    /** Per wording key, per locale: the sentence this region writes instead of the locale's (e.g. clause.controller: { en: "Organisation: …" }). */
    wording?: Record<string, Record<string, string>>;
  }
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
const views = new PairCache<Localizer, string, Localizer>();

/** The region's sentence with its placeholders filled in one pass (a value is never scanned again). */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? oneLine(values[name]!) : whole));
}

/**
 * The localizer as the region writes: `t` and `has` take the region's sentence for a key it words in
 * this locale, all else is the locale's own. One view per locale and region, kept while the locale's
 * localizer lives.
 */
export function regionLocalizer(loc: Localizer, region: Pick<RegionProfile, 'id' | 'wording'>): Localizer {
  const wording = region.wording;
  if (!wording) return loc;
  // Asked on every render: the view (or the locale itself, where the region words nothing in it) is
  // worked out once per locale and region.
  return views.get(loc, region.id, () => viewOf(loc, wording));
}

function viewOf(loc: Localizer, wording: NonNullable<RegionProfile['wording']>): Localizer {
  const own = new Map<string, string>();
  // A key the project's approved wording sets stays the project's (its files replace ours key by key).
  for (const [key, byLocale] of Object.entries(wording)) if (byLocale[loc.lng] !== undefined && !loc.data.approved?.has(key)) own.set(key, byLocale[loc.lng]!);
  if (own.size === 0) return loc;
  const v = Object.create(loc) as Localizer;
  v.t = (key: string, values: Record<string, string> = {}) => {
    const text = own.get(key);
    // As the locale's own sentences: an apposition's mark closed by what follows it (review 3 EU-m12).
    return text === undefined ? loc.t(key, values) : closeAppositions(fill(text, values));
  };
  v.has = (key: string) => own.has(key) || loc.has(key);
  return v;
}
