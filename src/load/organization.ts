/** Loads the organization file: controller, contacts, links and filings the notices name. */
import type { Organization, SourcePos } from '../model/types.js';
import { loadYamlFile } from './read-file.js';
import { parseYaml, type YamlFile } from './yaml-file.js';
import { validateAgainstSchema } from './validate-schema.js';
import { checkLinksIn } from './insecure-link.js';
import { DiscloseError } from '../errors.js';
import { checkDpfDates } from './check-dpf-dates.js';
import { isKnownPlace } from './places.js';

declare module '../model/types.js' {
  interface Organization {
    /** Where a section of the file starts (`california`), for a finding about what it lacks (ccpa-opt-out-link). */
    positions?: Record<string, SourcePos>;
  }
}

export function loadOrganization(file: string): Organization {
  return organizationFrom(loadYamlFile(file, 'organization'));
}

/** Same as loadOrganization, from text already in memory. */
export function parseOrganization(text: string, file: string): Organization {
  const y = parseYaml(text, file);
  validateAgainstSchema(y, 'organization');
  return organizationFrom(y);
}

function organizationFrom(y: YamlFile): Organization {
  const org = y.data as Omit<Organization, 'file'>;
  checkDpfDates(y);
  if (!isKnownPlace(org.controller.country)) {
    throw new DiscloseError('E_SCHEMA', `unknown country code "${org.controller.country}"`, y.posOf(['controller', 'country']), 'Use an ISO 3166-1 alpha-2 code such as DE, US or SG.');
  }
  // Names, addresses and numbers go into clauses as they are: no link in them may be http, and none
  // may be blank (it would render as a gap: "Controller: , …").
  checkLinksIn(y);
  checkNotBlankIn(y, y.data, []);
  checkExportFilings(y, org);
  // The California section, or where it would go (the file's top), for findings about what it lacks.
  return { ...org, file: y.file, positions: { california: y.posOf(['california'], org.california !== undefined) } };
}

/** One filing per recipient and route (PIPL Art. 38(1)): a second one would state two numbers for one contract. */
function checkExportFilings(y: YamlFile, org: Omit<Organization, 'file'>): void {
  const seen = new Map<string, number>();
  (org.china?.exportFilings ?? []).forEach((f, i) => {
    const key = `${f.recipient}|${f.route}`;
    const prior = seen.get(key);
    if (prior !== undefined) {
      throw new DiscloseError('E_SCHEMA', `china.exportFilings lists ${f.route} for "${f.recipient}" twice (entries ${prior + 1} and ${i + 1})`, y.posOf(['china', 'exportFilings', i]), 'Keep one entry per recipient and route, with the number as issued.');
    }
    seen.set(key, i);
  });
}

/** Reads a dotted field path (`china.exportFiling.number`) of the organization. */
export function orgField(org: Organization, field: string): string | undefined {
  let cur: unknown = org;
  for (const part of field.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  if (typeof cur === 'string') return cur;
  // A flag that is set (california.exclusivelyOnline: true) counts as given; false as absent.
  if (cur === true) return 'true';
  if (cur && typeof cur === 'object') return '[set]';
  return undefined;
}

function checkNotBlankIn(y: YamlFile, v: unknown, path: Array<string | number>): void {
  if (typeof v === 'string') {
    if (v.trim() === '') throw new DiscloseError('E_SCHEMA', `${path.join('.')} is blank`, y.posOf(path), 'Write the value, or remove the field.');
  } else if (Array.isArray(v)) v.forEach((x, i) => checkNotBlankIn(y, x, [...path, i]));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) checkNotBlankIn(y, x, [...path, k]);
}
