/**
 * A claim in words a reviewer reads: the taxonomy's labels, country names, durations and
 * mechanism wording of a locale ("share your name with courier SwiftShip Logistics (United States)
 * for order delivery") instead of keys. Findings' messages use it; their JSON `data` keeps the keys.
 */
import type { Claim } from '../claims/claim.js';
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

export function describeClaimIn(c: Claim, loc: Localizer): string {
  const label = (kind: 'data' | 'purpose' | 'recipient', key: string) => {
    try {
      return loc.label(kind, key);
    } catch {
      return key;
    }
  };
  const parts = [`${c.negated ? 'not ' : ''}${VERBS[c.action]} your ${label('data', c.data)}`];
  if (c.recipient) {
    const who = [c.recipient.type ? label('recipient', c.recipient.type) : undefined, c.recipient.name].filter(Boolean).join(' ');
    parts.push(`${c.action === 'transfer' ? 'to' : c.action === 'sell' ? 'to' : 'with'} ${who}${c.place ? ` (${loc.country(c.place)})` : ''}`);
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
