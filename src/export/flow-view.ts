/**
 * A template's flows in the reader's words, for the review pack's detail page: each flow's data,
 * recipients (type, name, country), purpose, legal basis per region (with the article that region
 * cites), retention, storage and transfer mechanism per region — labels from the English locale,
 * country names from ICU. Worked out once per template in phase 1 and kept in data/<id>.json
 * (`flowTable`) beside the raw flows, so a merged pack shows the same page.
 */
import type { Flow, Recipient, RegionProfile, Template, TaxonomyKind } from '../model/types.js';
import type { Localizer } from '../render/localizer.js';
import { mechanismFor } from '../render/facts.js';
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

function transfer(loc: Localizer, f: Flow, region: RegionProfile): string {
  const named = new Set<string>();
  for (const r of f.recipients) {
    const m = mechanismFor(r.transfer ?? f.transfer, region);
    if (m) named.add(m);
  }
  if (named.size === 0) {
    const m = mechanismFor(f.transfer, region);
    if (m) named.add(m);
  }
  if (named.size === 0) return 'none named';
  return [...named].map((m) => `${word(loc, `mechanism.${m}`) ?? m}${region.mechanismArticles?.[m as keyof typeof region.mechanismArticles] ? ` (${region.mechanismArticles[m as keyof typeof region.mechanismArticles]})` : ''}`).join('; ');
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
    transfer: regions.map((region) => ({ region: region.id, text: transfer(loc, f, region) })),
  }));
}
