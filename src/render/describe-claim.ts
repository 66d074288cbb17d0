/**
 * A claim in words a reviewer reads: the taxonomy's labels, country names, durations and
 * mechanism wording of a locale ("share your name with courier SwiftShip Logistics (United States)
 * for order delivery") instead of keys. Findings' messages use it; their JSON `data` keeps the keys.
 */
import type { Claim } from '../claims/claim.js';
import type { BroaderKind } from '../claims/compare.js';
import type { Catalog } from '../load/catalog.js';
import { Localizer } from './localizer.js';

const VERBS: Record<Claim['action'], string> = {
  sell: 'sell',
  transfer: 'transfer',
  share: 'share',
  store: 'store',
  retain: 'keep',
  use: 'use',
  collect: 'process',
};

const english = new WeakMap<Catalog, Localizer>();

/** The English localizer of a catalog (findings are written in English), made once. */
export function messageLocalizer(catalog: Catalog): Localizer {
  let loc = english.get(catalog);
  if (!loc) {
    loc = new Localizer(catalog.locale('en'));
    english.set(catalog, loc);
  }
  return loc;
}

/** A taxonomy entry's label in the localizer's words, or its key when the locale has none. */
export function labelIn(loc: Localizer, kind: 'data' | 'purpose' | 'recipient', key: string): string {
  try {
    return loc.label(kind, key);
  } catch {
    return key;
  }
}

/** A recipient in words: its type's label and its name ("courier SwiftShip Logistics"). */
function recipientIn(r: Claim['recipient'], loc: Localizer): string {
  if (!r) return 'no recipient';
  return [r.type ? labelIn(loc, 'recipient', r.type) : undefined, r.name].filter(Boolean).join(' ') || 'a recipient';
}

/**
 * A broader term a policy uses for what the flow declares, in words: "service provider for courier
 * SwiftShip Logistics", "European Union for Germany", "up to 90 days for up to 30 days".
 */
export function describeTermIn(t: { term: BroaderKind; by: Claim; wanted: Claim }, loc: Localizer): string {
  const { term, by, wanted } = t;
  if (term === 'data') return `${labelIn(loc, 'data', by.data)} for your ${labelIn(loc, 'data', wanted.data)}`;
  if (term === 'recipient') return `${recipientIn(by.recipient, loc)} for ${recipientIn(wanted.recipient, loc)}`;
  if (term === 'purpose') return `${by.purpose ? labelIn(loc, 'purpose', by.purpose) : 'no purpose'} for ${wanted.purpose ? labelIn(loc, 'purpose', wanted.purpose) : 'no purpose'}`;
  if (term === 'period') {
    const period = (r: Claim['retention'], upTo: boolean) => (r ? `${upTo ? 'up to ' : ''}${loc.duration(r)}` : 'no period');
    return `${period(by.retention, true)} for ${period(wanted.retention, wanted.retention?.upTo === true)}`;
  }
  return `${by.place ? loc.country(by.place) : 'no place'} for ${wanted.place ? loc.country(wanted.place) : 'no place'}`;
}

export function describeClaimIn(c: Claim, loc: Localizer): string {
  const label = (kind: 'data' | 'purpose' | 'recipient', key: string) => labelIn(loc, kind, key);
  const parts = [`${c.negated ? 'not ' : ''}${VERBS[c.action]} your ${label('data', c.data)}`];
  if (c.recipient && c.action === 'transfer' && c.place) {
    // A transfer's place is where the data go, not the recipient's seat: "transfer your phone number to the
    // United States (recipient: messaging provider Meta Platforms Ireland Limited)", never "to Meta Platforms
    // Ireland Limited (United States)" of an Irish company whose group keeps the data in the US (stop 26 audit).
    parts.push(`to ${loc.country(c.place)} (recipient: ${recipientIn(c.recipient, loc)})`);
  } else if (c.recipient) {
    const who = recipientIn(c.recipient, loc);
    parts.push(`${c.action === 'transfer' || c.action === 'sell' ? 'to' : 'with'} ${who}${c.place ? ` (${loc.country(c.place)})` : ''}`);
  } else if (c.place) {
    parts.push(`${c.action === 'transfer' ? 'to' : 'in'} ${loc.country(c.place)}`);
  }
  if (c.purpose) parts.push(`${c.exclusive ? 'only ' : ''}for ${label('purpose', c.purpose)}`);
  else if (c.exclusive) parts.push('(only)');
  if (c.mechanism) {
    const m = `mechanism.${c.mechanism}`;
    parts.push(`on the basis of ${loc.has(m) ? loc.t(m) : c.mechanism}`);
  }
  if (c.retention) {
    const r = c.retention;
    const event = r.from && loc.has(`event.${r.from}`) ? ` from ${loc.t(`event.${r.from}`)}` : r.from ? ` from ${r.from}` : '';
    parts.push(`for ${r.upTo ? 'up to ' : ''}${loc.duration(r)}${event}${r.statutory ? ' (statutory)' : ''}`);
  }
  return parts.join(' ');
}
