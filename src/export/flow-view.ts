/**
 * A template's flows in the reader's words, for the review pack's detail page: each flow's data,
 * recipients (type, name, country), purpose, legal basis per region (with the article that region
 * cites), retention, storage and transfer mechanism per region — labels from the English locale,
 * country names from ICU. Worked out once per template in phase 1 and kept in data/<id>.json
 * (`flowTable`) beside the raw flows, so a merged pack shows the same page.
 */
import type { Flow, Organization, Recipient, RegionProfile, Template, TaxonomyKind } from '../model/types.js';
import type { Localizer } from '../render/localizer.js';
import { recipientTransfer } from '../render/statements.js';
import { recipientApplies } from '../render/facts.js';
import type { Project, Target } from '../project.js';

export interface FlowRecipientView {
  type: string;
  name?: string;
  country: string;
  /** When the recipient applies only to some organizations or regions. */
  applies?: string;
  /** Where the recipient stores the data, when it says. */
  storage?: string[];
}

export interface FlowView {
  id: string;
  /** The channel that adds the flow to every template it carries. */
  implied?: string;
  data: string[];
  purpose: string;
  recipients: FlowRecipientView[];
  /** Per region of the export: the basis and the article that region cites for it. */
  basis: Array<{ region: string; text: string }>;
  retention: string;
  storage: string[];
  /** Per region of the export: the transfer mechanisms named for it, or none. */
  transfer: Array<{ region: string; text: string }>;
}

const LANG = 'en';

function label(loc: Localizer, kind: TaxonomyKind, key: string): string {
  try {
    return loc.label(kind, key);
  } catch {
    return key;
  }
}

function word(loc: Localizer, key: string): string | undefined {
  return loc.has(key) ? loc.t(key) : undefined;
}

function place(loc: Localizer, code: string): string {
  const name = loc.country(code);
  return name && name !== code ? `${name} (${code})` : code;
}

function applies(r: Recipient): string | undefined {
  const a = r.appliesTo;
  if (!a) return undefined;
  const parts: string[] = [];
  if (a.regions) parts.push(`in ${a.regions.join(', ')}`);
  if (a.notRegions) parts.push(`outside ${a.notRegions.join(', ')}`);
  if (a.controllerIn) parts.push(`when we are in ${a.controllerIn.join(', ')}`);
  if (a.controllerNotIn) parts.push(`when we are not in ${a.controllerNotIn.join(', ')}`);
  return parts.length ? `only ${parts.join(', ')}` : undefined;
}

function retention(loc: Localizer, f: Flow): string {
  const r = f.retention;
  if (!r) return 'not declared';
  const event = word(loc, `event.${r.from}`) ?? r.from;
  return `${r.upTo ? 'up to ' : ''}${loc.duration(r)} from ${event}${r.statutory ? `, as required by ${r.statutory.law}` : ''}`;
}

function basis(loc: Localizer, f: Flow, region: RegionProfile): string {
  const text = word(loc, `basis.${f.legalBasis}`) ?? f.legalBasis;
  const article = region.legalBasisArticles?.[f.legalBasis];
  return article ? `${text} (${article})` : text;
}

/**
 * Per recipient outside the region, the route the clause states for it (with the region's
 * article), or that it states none and why — never a declared mechanism the region's law does not
 * offer, or one the clause leaves out.
 */
function transfer(loc: Localizer, f: Flow, region: RegionProfile, org: Organization): string {
  const parts: string[] = [];
  for (const r of f.recipients) {
    if (!recipientApplies(r, org, region)) continue;
    const name = r.name ?? label(loc, 'recipient', r.type);
    for (const at of new Set([r.country, ...(r.storage ?? [])])) {
      const t = recipientTransfer(r, f, region, at, org);
      if (!t) continue;
      const who = at === r.country ? name : `${name}, stored in ${place(loc, at)}`;
      parts.push(`${who}: ${routeText(loc, region, t)}`);
    }
  }
  return parts.length ? parts.join('; ') : 'no transfer out of the region';
}

function routeText(loc: Localizer, region: RegionProfile, t: NonNullable<ReturnType<typeof recipientTransfer>>): string {
  if (t.mechanism && region.transferStatedOnce) return "the region's one route for every transfer, stated once in the clause";
  if (t.mechanism) {
    const article = region.mechanismArticles?.[t.mechanism];
    const key = region.mechanismWording?.[t.mechanism] ?? t.mechanism;
    return `${word(loc, `mechanism.${key}`) ?? t.mechanism}${article ? ` (${article})` : ''}`;
  }
  if (t.note) return 'none stated: route unsettled (see the findings)';
  return t.declared ? `none stated: "${t.declared}" declared, not a route here (${t.problem})` : 'none stated: no route declared';
}

export function flowViews(project: Project, template: Template, targets: Target[]): FlowView[] {
  const loc = project.renderer.localizer(LANG);
  const regions: RegionProfile[] = [];
  for (const t of targets) if (!regions.some((r) => r.id === t.region.id)) regions.push(t.region);
  return template.flows.map((f) => ({
    id: f.id,
    ...(f.implied ? { implied: f.implied } : {}),
    data: f.data.map((d) => label(loc, 'data', d)),
    purpose: label(loc, 'purpose', f.purpose),
    recipients: f.recipients.map((r) => {
      const note = applies(r);
      return {
        type: label(loc, 'recipient', r.type),
        ...(r.name ? { name: r.name } : {}),
        country: place(loc, r.country),
        ...(note ? { applies: note } : {}),
        ...(r.storage?.length ? { storage: r.storage.map((p) => place(loc, p)) } : {}),
      };
    }),
    basis: regions.map((region) => ({ region: region.id, text: basis(loc, f, region) })),
    retention: retention(loc, f),
    storage: f.storage.map((p) => place(loc, p)),
    transfer: regions.map((region) => ({ region: region.id, text: transfer(loc, f, region, project.org) })),
  }));
}
