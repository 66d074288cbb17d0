/** Loads the hierarchical taxonomy (data categories, purposes, recipient types) from `taxonomy/`. */
import path from 'node:path';
import type { DataOrigin, Taxonomy, TaxonomyEntry, TaxonomyKind } from '../model/types.js';
import { loadYamlFile } from './read-file.js';
import { DiscloseError } from '../errors.js';

const FILES: Record<TaxonomyKind, string> = {
  data: 'data-categories.yaml',
  purpose: 'purposes.yaml',
  recipient: 'recipients.yaml',
};

interface RawEntry {
  key: string;
  fideslang?: boolean;
  sensitive?: string[];
  ccpa?: string;
  source?: DataOrigin;
  ccpaWith?: string[];
  vague?: boolean;
  processor?: boolean;
  ancillary?: boolean;
}

export function loadTaxonomy(dir: string): Taxonomy {
  const tax: Taxonomy = { data: new Map(), purpose: new Map(), recipient: new Map() };
  for (const kind of Object.keys(FILES) as TaxonomyKind[]) {
    const file = path.join(dir, FILES[kind]);
    const y = loadYamlFile(file, 'taxonomy');
    const raw = y.data as { kind: string; entries: RawEntry[] };
    const map = tax[kind];
    raw.entries.forEach((r, i) => {
      if (map.has(r.key)) throw new DiscloseError('E_DUPLICATE_ID', `duplicate taxonomy key "${r.key}"`, y.posOf(['entries', i, 'key']));
      map.set(r.key, {
        key: r.key,
        kind,
        fideslang: r.fideslang ?? true,
        sensitive: r.sensitive ?? [],
        ccpa: r.ccpa,
        ...(r.source ? { source: r.source } : {}),
        ...(r.ccpaWith ? { ccpaWith: r.ccpaWith } : {}),
        vague: r.vague ?? false,
        processor: r.processor ?? false,
        ancillary: r.ancillary ?? false,
      });
    });
    for (const entry of map.values()) entry.parent = parentKey(entry.key, map);
  }
  return tax;
}

function parentKey(key: string, map: Map<string, TaxonomyEntry>): string | undefined {
  const parts = key.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (map.has(candidate)) return candidate;
  }
  return undefined;
}

/** The key itself and every ancestor, nearest first. */
export function ancestry(tax: Taxonomy, kind: TaxonomyKind, key: string): string[] {
  const out: string[] = [];
  let cur: string | undefined = key;
  while (cur) {
    out.push(cur);
    cur = tax[kind].get(cur)?.parent;
  }
  return out;
}

/** True when `broader` is `narrower` or one of its ancestors. */
export function covers(tax: Taxonomy, kind: TaxonomyKind, broader: string, narrower: string): boolean {
  const map = tax[kind];
  for (let cur: string | undefined = narrower; cur !== undefined; cur = map.get(cur)?.parent) if (cur === broader) return true;
  return false;
}

/** Depth-2 ancestor used to group keys in short footers (user.contact.phone_number → user.contact). */
export function groupKey(tax: Taxonomy, kind: TaxonomyKind, key: string): string {
  const chain = ancestry(tax, kind, key).reverse();
  return chain[1] ?? chain[0]!;
}
