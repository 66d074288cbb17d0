/**
 * Compares claims: whether a statement in one text covers a claim made elsewhere exactly, only
 * through broader terms (vague), with a conflicting attribute (contradictory), or not at all.
 */
import type { Taxonomy } from '../model/types.js';
import { covers } from '../load/taxonomy.js';
import type { Claim } from './claim.js';
import { countriesOf, insideArea } from '../load/places.js';

export interface CoverageOptions {
  /**
   * A place that holds the wanted one ("stored in the EU" for storage in Germany) covers it in
   * broader terms (vague), not in conflict: how policies people wrote are read.
   */
  areas?: boolean;
  /**
   * A period stated with or without "up to" states the same maximum ("90 days" for our "up to 90
   * days, or until you withdraw your consent"): the bound is compared, not the wording. For policies
   * people wrote, where when data go earlier is said in the rights section; our own text keeps "up to"
   * exact, which the round-trip tests hold.
   */
  maximum?: boolean;
  /**
   * A recipient named as declared is that recipient, whatever broader category is said beside it
   * ("our SMS provider, Sinch Sweden"; "Penyedia perkhidmatan SMS kami, Sinch Sweden AB"): the name is
   * the specific term (issue 18, held-out-5 C19). For policies people wrote; our own text names both.
   */
  named?: boolean;
}

/** What part of a claim a statement says in broader terms than the flow's. */
export type BroaderKind = 'data' | 'recipient' | 'purpose' | 'place' | 'period';

export type Coverage =
  | { kind: 'exact'; by: Claim }
  | { kind: 'vague'; by: Claim; broader: BroaderKind[] }
  | { kind: 'conflict'; by: Claim; attribute: 'retention' | 'place' | 'mechanism' }
  | { kind: 'omitted' };

/**
 * A period as a count of the smallest unit it is an exact multiple of: years in months, weeks and
 * days in hours, so "24 months" is "2 years" and "14 days" is "2 weeks"; a month is no fixed number of
 * days, so "6 months" and "180 days" stay two periods.
 */
function inBase(r: NonNullable<Claim['retention']>): [number, string] {
  if (r.unit === 'year') return [r.value * 12, 'month'];
  if (r.unit === 'week') return [r.value * 7 * 24, 'hour'];
  if (r.unit === 'day') return [r.value * 24, 'hour'];
  return [r.value, r.unit];
}

function sameRetention(a: Claim['retention'], b: Claim['retention'], maximum = false): boolean {
  if (!a || !b) return true;
  const [x, xu] = inBase(a);
  const [y, yu] = inBase(b);
  return x === y && xu === yu && (a.from === undefined || b.from === undefined || a.from === b.from) && (maximum || !!a.upTo === !!b.upTo);
}

/** A period in hours, a month as 30 days and a year as 365: only to tell which of two bounds is the longer. */
function hours(r: NonNullable<Claim['retention']>): number {
  const per = { hour: 1, day: 24, week: 7 * 24, month: 30 * 24, year: 365 * 24 } as Record<string, number>;
  return r.value * (per[r.unit] ?? Number.NaN);
}

/**
 * Whether a stated upper bound is looser than the wanted period ("przez okres do 90 dni" against Meta's up to 30
 * days): true of data kept for the wanted period, so a broader term for it, not a conflict (the lead's stop-25
 * decision, eval/policies/README.md). A fixed period other than the wanted one, or a shorter bound, still conflicts.
 */
function looserBound(t: Claim['retention'], wanted: Claim['retention']): boolean {
  if (!t?.upTo || !wanted) return false;
  if (t.from !== undefined && wanted.from !== undefined && t.from !== wanted.from) return false;
  return hours(t) > hours(wanted);
}

// Only a statement with the same action, denied or not, can cover a claim: the text's claims are
// grouped so once per text, in their order (so the first match is the one a full scan finds).
const groupsOf = new WeakMap<readonly Claim[], Map<string, Claim[]>>();
const groupKey = (c: Claim) => `${c.negated ? '!' : ''}${c.action}`;

function sameActionIn(text: readonly Claim[], c: Claim): readonly Claim[] {
  let groups = groupsOf.get(text);
  if (!groups) {
    groups = new Map();
    for (const t of text) {
      const k = groupKey(t);
      const g = groups.get(k);
      if (g) g.push(t);
      else groups.set(k, [t]);
    }
    groupsOf.set(text, groups);
  }
  return groups.get(groupKey(c)) ?? [];
}

/**
 * How `text` (claims read from a clause or footer) covers `wanted` (a claim the flows make).
 * Attributes the text leaves out do not count against it; broader terms make it vague.
 */
export function coverage(tax: Taxonomy, wanted: Claim, text: Claim[], options: CoverageOptions = {}): Coverage {
  let vague: Coverage | undefined;
  let conflict: Coverage | undefined;
  for (const t of sameActionIn(text, wanted)) {
    if (!covers(tax, 'data', t.data, wanted.data)) continue;
    const broader: BroaderKind[] = [];
    if (t.data !== wanted.data) broader.push('data');
    if (wanted.recipient) {
      if (!t.recipient) continue;
      if (t.recipient.type && wanted.recipient.type) {
        if (!covers(tax, 'recipient', t.recipient.type, wanted.recipient.type)) continue;
        if (t.recipient.type !== wanted.recipient.type && !(options.named && wanted.recipient.name !== undefined && t.recipient.name === wanted.recipient.name)) broader.push('recipient');
      } else if (t.recipient.type && !wanted.recipient.type) {
        // The wanted claim names only the recipient; a type on the text side is fine.
      }
      // A category of recipients is enough (GDPR Art. 13(1)(e)); a different name is another recipient.
      if (wanted.recipient.name && t.recipient.name && t.recipient.name !== wanted.recipient.name) continue;
      if (!wanted.recipient.name && t.recipient.name && !t.recipient.type) continue;
      if (!t.recipient.type && !t.recipient.name) broader.push('recipient');
    } else if (t.recipient && wanted.action !== 'transfer') continue;
    if (wanted.purpose && t.purpose) {
      if (!covers(tax, 'purpose', t.purpose, wanted.purpose)) continue;
      if (t.purpose !== wanted.purpose) broader.push('purpose');
    }
    // Identity matches; now the attributes.
    if (wanted.action === 'store' && wanted.place && t.place && t.place !== wanted.place) {
      if (options.areas && t.place !== wanted.place && insideArea(wanted.place, countriesOf(t.place))) broader.push('place');
      else {
        conflict ??= { kind: 'conflict', by: t, attribute: 'place' };
        continue;
      }
    }
    if (wanted.action === 'transfer' && !wanted.recipient && wanted.place && t.place && t.place !== wanted.place) continue;
    if (wanted.action === 'retain' && !sameRetention(t.retention, wanted.retention, options.maximum)) {
      if (options.maximum && looserBound(t.retention, wanted.retention)) broader.push('period');
      else {
        conflict ??= { kind: 'conflict', by: t, attribute: 'retention' };
        continue;
      }
    }
    if (wanted.action === 'transfer' && wanted.mechanism && t.mechanism && t.mechanism !== wanted.mechanism) {
      conflict ??= { kind: 'conflict', by: t, attribute: 'mechanism' };
      continue;
    }
    if (wanted.recipient && wanted.place && t.place && t.place !== wanted.place) {
      conflict ??= { kind: 'conflict', by: t, attribute: 'place' };
      continue;
    }
    if (broader.length === 0) return { kind: 'exact', by: t };
    vague ??= { kind: 'vague', by: t, broader };
  }
  // "Los SMS se envían desde Suecia y el programa está alojado en Alemania": of a statement that names
  // several places for the same data, the one that matches says where it is; another is no contradiction.
  if (options.areas && conflict?.kind === 'conflict' && conflict.attribute === 'place' && wanted.action === 'store' && vague) return vague;
  return conflict ?? vague ?? { kind: 'omitted' };
}

/**
 * Whether a footer claim summarises statements of the clause: the clause says the same action
 * about the same or narrower data and recipients ("contact details shared with service providers"
 * over "phone number shared with courier SwiftShip"). A short footer may generalise; it may not
 * claim what the clause does not say.
 */
export function summarises(tax: Taxonomy, footer: Claim, clause: Claim[]): Claim | undefined {
  return sameActionIn(clause, footer).find(
    (c) =>
      covers(tax, 'data', footer.data, c.data) &&
      (!footer.recipient ||
        (!!c.recipient &&
          (!footer.recipient.type || (!!c.recipient.type && covers(tax, 'recipient', footer.recipient.type, c.recipient.type))) &&
          (!footer.recipient.name || footer.recipient.name === c.recipient.name))) &&
      (!footer.purpose || (!!c.purpose && covers(tax, 'purpose', footer.purpose, c.purpose))),
  );
}
