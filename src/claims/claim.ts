/**
 * A disclosure statement as data: who does what with which data, for which purpose, with which
 * attributes. The renderer records the claims it writes; the reader recovers them from text.
 */
import type { Place, TimeUnit, TransferMechanism } from '../model/types.js';
import { count } from '../format/plural.js';

export const ACTIONS = ['sell', 'transfer', 'share', 'store', 'retain', 'use', 'collect'] as const;
export type Action = (typeof ACTIONS)[number];

export interface ClaimRetention {
  value: number;
  unit: TimeUnit;
  from?: string;
  upTo?: boolean;
  statutory?: boolean;
}

export interface Claim {
  action: Action;
  /** Data-category key. */
  data: string;
  purpose?: string;
  /** Who receives it; absent means "we". */
  recipient?: { type?: string; name?: string };
  /** Storage place, transfer destination, or the recipient's country. */
  place?: Place;
  mechanism?: TransferMechanism;
  retention?: ClaimRetention;
  exclusive?: boolean;
  negated?: boolean;
}

// The key lives on the claim itself, as a hidden property: not enumerable, so copies ({ ...c }),
// JSON and deep equality never see it, and a changed copy gets a key of its own.
const KEY = Symbol('claimKey');

/** A canonical string for set comparison (claims are not changed after they are made). */
export function claimKey(c: Claim): string {
  const known = (c as { [KEY]?: string })[KEY];
  if (known !== undefined) return known;
  const key = computeKey(c);
  Object.defineProperty(c, KEY, { value: key });
  return key;
}

function computeKey(c: Claim): string {
  const r = c.retention;
  const retention = r ? `${r.value}${r.unit}${r.from ? `@${r.from}` : ''}${r.upTo ? '<=' : ''}${r.statutory ? '!' : ''}` : '';
  return `${c.negated ? 'not' : ''}|${c.action}|${c.data}|${c.purpose ?? ''}|${c.recipient?.type ?? ''}|${c.recipient?.name ?? ''}|${c.place ?? ''}|${c.mechanism ?? ''}|${retention}|${c.exclusive ? 'only' : ''}`;
}

/**
 * Each claim once (the first of those with one key), in the order of their keys: the indices are
 * sorted by key, then equal neighbours dropped (cheaper than a map of keys on the reader's hot path).
 */
export function uniqueClaims(claims: Claim[]): Claim[] {
  const n = claims.length;
  if (n < 2) return claims.slice();
  const keys = new Array<string>(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    keys[i] = claimKey(claims[i]!);
    order[i] = i;
  }
  order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const out = [claims[order[0]!]!];
  let last = keys[order[0]!];
  for (let i = 1; i < n; i++) {
    const key = keys[order[i]!];
    if (key !== last) {
      out.push(claims[order[i]!]!);
      last = key;
    }
  }
  return out;
}

/** Short human-readable form for messages: `share user.contact.phone_number → courier "DHL"`. */
export function describeClaim(c: Claim): string {
  const parts = [`${c.negated ? 'not ' : ''}${c.action} ${c.data}`];
  if (c.recipient) parts.push(['→', c.recipient.type, c.recipient.name ? `"${c.recipient.name}"` : undefined].filter(Boolean).join(' '));
  if (c.purpose) parts.push(`for ${c.purpose}`);
  if (c.place) parts.push(`in ${c.place}`);
  if (c.mechanism) parts.push(`under ${c.mechanism}`);
  if (c.retention) parts.push(`for ${c.retention.upTo ? 'up to ' : ''}${count(c.retention.value, c.retention.unit)}${c.retention.from ? ` from ${c.retention.from}` : ''}`);
  if (c.exclusive) parts.push('(only)');
  return parts.join(' ');
}
