/**
 * The European Commission's adequacy decisions (transfers/eu-adequacy.yaml), as data: which
 * destination a GDPR-family region may send data to on the basis of adequacy, and for whom.
 */
import type { Place } from '../model/types.js';
import { packagePath } from './package-root.js';
import { loadYamlData } from './read-file.js';

/** `full`: every recipient there; `commercial`: the recipients the decision covers; `dpf`: DPF-certified only. */
export type AdequacyScope = 'full' | 'commercial' | 'dpf';

export interface AdequacyDecision {
  country: Place;
  name: string;
  decision: string;
  date: string;
  scope: AdequacyScope;
  note?: string;
  url: string;
  /** For a decision that covers listed organisations only (the DPF): months after which a check of an entry is stale (rule dpf-list-check). */
  recheckMonths?: number;
}

let cached: Map<Place, AdequacyDecision> | undefined;

export function euAdequacy(): Map<Place, AdequacyDecision> {
  if (!cached) {
    const raw = loadYamlData(packagePath('transfers', 'eu-adequacy.yaml')).data as { countries: Array<Omit<AdequacyDecision, 'date'> & { date: unknown }> };
    cached = new Map(raw.countries.map((c) => [c.country, { ...c, date: c.date instanceof Date ? c.date.toISOString().slice(0, 10) : String(c.date) }]));
  }
  return cached;
}
