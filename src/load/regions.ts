/**
 * Loads region profiles from one or more folders (ours first, a project's own after), resolves
 * `extends:` chains and group membership. A region file may sit in a subfolder (regions/sea/sg.yaml).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError, type ErrorLocation } from '../errors.js';
import type {} from '../render/footer-region.js';
import type {} from '../render/region-statements.js';
import type {} from '../render/region-wording.js';
import type {} from '../render/sensitive-purpose.js';
import type { Condition, ConsentNeed, ElementDetect, RegionElement, RegionProfile, SourcePos } from '../model/types.js';
import { citedArticles, formatCitation, parseCitation, type Citation, type LawInfo, type LevelKind } from '../render/citation.js';
import { checkLinksIn } from './insecure-link.js';
import { isKnownPlace } from './places.js';
import { loadYamlFile } from './read-file.js';
import type { CiteWhen } from '../render/cite-when.js';
import type { YamlFile } from './yaml-file.js';

interface RawElement {
  id: string;
  article?: string;
  snippet?: string;
  when?: Condition;
  detect?: ElementDetect;
  needs?: string[];
  /** The rule that reports the element's missing organization fields (instead of region-element-missing). */
  reportedBy?: string;
  remove?: boolean;
  /** Free text after the citation in findings (never in the clause): "context for transfers". */
  note?: string;
  /** Where the law is unsettled for this element. */
  unsettled?: string;
  /** Kept though no provision of the law asks for it: why (reviewer practice). */
  practice?: string;
  /** The citation the snippet writes into the clause ({{article}}), when not the element's article. */
  cite?: string;
  /** When `cite` is cited: where a flow the sentence speaks of rests on one of these bases (src/render/cite-when.ts). */
  citeWhen?: CiteWhen;
}

interface RawLaw {
  title: string;
  short: string;
  url: string;
  checked: string;
  levels: LevelKind[];
  articles?: Record<string, string>;
}

interface RawRegion {
  id: string;
  extends?: string;
  name?: string;
  law?: RegionProfile['law'];
  countries?: string[];
  area?: string[];
  locales?: string[];
  sensitivity?: string;
  vocabulary?: string;
  members?: string[];
  transferMechanisms?: RegionProfile['transferMechanisms'];
  legalBasisArticles?: RegionProfile['legalBasisArticles'];
  foreignObligationBasis?: RegionProfile['foreignObligationBasis'];
  mechanismArticles?: RegionProfile['mechanismArticles'];
  rights?: string;
  laws?: Record<string, RawLaw>;
  /** Citation written after the rights sentence (rights.<id> wording's {{article}}). */
  rightsArticles?: string;
  /** Per sensitive data category (taxonomy key or its parent), the provision that lists it (UU PDP Pasal 4(2)(a)). */
  sensitiveArticles?: Record<string, string>;
  /** Data sensitive for the purpose they serve (src/render/sensitive-purpose.ts; Decree 356/2025/NĐ-CP Điều 4 khoản 1 điểm l). */
  sensitiveForPurposes?: Array<{ purposes: string[]; data: string[]; article: string; use: Record<string, string> }>;
  unsettled?: Record<string, string>;
  mechanismWording?: Record<string, string>;
  /** Per wording key and locale, the region's own sentence (src/render/region-wording.ts). */
  wording?: Record<string, Record<string, string>>;
  transferStatedOnce?: boolean;
  /** What the region's footers must say or how they group (src/render/footer-region.ts). */
  footer?: RegionProfile['footer'];
  storageStatedOnce?: boolean;
  recipientListCarriesTransfers?: boolean;
  retentionByPurpose?: boolean;
  outsideControllerTransfers?: string;
  authority?: { name: Record<string, string>; url?: string };
  contactField?: string;
  severity?: RegionProfile['severity'];
  elements?: RawElement[];
  consent?: Array<Partial<Omit<ConsentNeed, 'citation'>> & { id: ConsentNeed['id']; remove?: boolean; cite?: string }>;
}

interface RawEntry {
  raw: RawRegion;
  file: string;
  pos: (p: Array<string | number>, key?: boolean) => SourcePos;
}

export interface RegionCatalog {
  regions: Map<string, RegionProfile>;
  /** Region ids in the order they should be listed (groups before their members). */
  order: string[];
}

/** Where a value of a profile's own file is written (the file's top when the value is inherited). */
const positions = new WeakMap<RegionProfile, (p: Array<string | number>, key?: boolean) => SourcePos>();

/** The position of a value (or, with `key`, of its key) in the profile's own file. */
export function regionPos(profile: RegionProfile, p: Array<string | number> = [], key = false): ErrorLocation {
  return positions.get(profile)?.(p, key) ?? { file: profile.file };
}

/**
 * The YAML files below a region folder. A symbolic link is followed, but a folder is walked once
 * (a link back up would otherwise loop), and a link to nothing is an error rather than a crash.
 */
export function yamlFilesUnder(dir: string, seen = new Set<string>()): string[] {
  const out: string[] = [];
  seen.add(realpathSync.native(dir));
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      throw new DiscloseError('E_FILE_NOT_FOUND', 'not readable (a symbolic link to nothing?)', { file: full }, 'Remove it from the region folder, or point it at a region profile.');
    }
    if (isDir) {
      if (!seen.has(realpathSync.native(full))) out.push(...yamlFilesUnder(full, seen));
    } else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

/**
 * Law names and articles go into clauses as they are: no link in them may be http. Our own
 * profiles pass it (test/load/regions.test.ts holds them to it), so their build's parse is not checked again.
 */
export function checkRegionText(y: YamlFile): void {
  checkLinksIn(y, 'region');
  const raw = y.data as RawRegion;
  for (const key of ['countries', 'area'] as const) {
    (raw[key] ?? []).forEach((code, i) => {
      if (!isKnownPlace(code)) throw new DiscloseError('E_SCHEMA', `unknown country code "${code}"`, y.posOf([key, i]), 'Use an ISO 3166-1 alpha-2 code such as DE, US or SG, or EU.');
    });
  }
}

export function loadRegions(dirs: string[]): RegionCatalog {
  const raws = new Map<string, RawEntry>();
  /** Profiles whose file is not the build's (a project's own, or one of ours edited since): resolved at load. */
  const atLoad = new Set<string>();
  for (const dir of dirs) {
    for (const file of yamlFilesUnder(dir)) {
      const y = loadYamlFile(file, 'region');
      if (!y.builtin) checkRegionText(y);
      const raw = y.data as RawRegion;
      const prior = raws.get(raw.id);
      if (prior) {
        throw new DiscloseError('E_DUPLICATE_ID', `region id "${raw.id}" is already defined in ${prior.file}`, y.posOf(['id']), 'Give the profile its own id, and use `extends:` to build on an existing one.');
      }
      raws.set(raw.id, { raw, file, pos: (p, key) => y.posOf(p, key) });
      if (!y.builtin) atLoad.add(raw.id);
    }
  }
  // The order profiles resolve in (each after the one it extends): the order they are listed in.
  const listed: string[] = [];
  const placed = new Set<string>();
  const resolving = new Set<string>();
  const place = (id: string): void => {
    if (placed.has(id)) return;
    const entry = raws.get(id)!;
    if (resolving.has(id)) throw new DiscloseError('E_REGION_EXTENDS', `region "${id}" extends itself through a cycle`, entry.pos(['extends']));
    resolving.add(id);
    if (entry.raw.extends) {
      if (!raws.has(entry.raw.extends)) {
        throw new DiscloseError('E_REGION_EXTENDS', `region "${id}" extends unknown region "${entry.raw.extends}"`, entry.pos(['extends']), `Known regions: ${[...raws.keys()].sort().join(', ')}.`);
      }
      place(entry.raw.extends);
    }
    resolving.delete(id);
    placed.add(id);
    listed.push(id);
  };
  for (const id of raws.keys()) place(id);
  for (const { raw } of raws.values()) {
    for (const m of raw.members ?? []) {
      if (!raws.has(m)) throw new DiscloseError('E_REGION_EXTENDS', `group "${raw.id}" lists unknown member "${m}"`, { file: raws.get(raw.id)!.file });
    }
  }
  /** Group membership: the group a profile extends when the group lists it among its members. */
  const groupOf = (id: string): string | undefined => {
    const ext = raws.get(id)!.raw.extends;
    return ext && (raws.get(ext)!.raw.members ?? []).includes(id) ? ext : undefined;
  };
  // Profiles made of the build's files alone (their own and each one's they extend).
  const built = new Set<string>();
  for (const id of listed) {
    const ext = raws.get(id)!.raw.extends;
    if (!atLoad.has(id) && (ext === undefined || built.has(ext))) built.add(id);
  }
  const regions = new Profiles(listed, built, new Map([...raws].map(([id, e]) => [id, e.file])), (id, resolve) => {
    const entry = raws.get(id)!;
    const ext = entry.raw.extends;
    const profile = merge(ext ? resolve(ext) : undefined, entry);
    const group = groupOf(id);
    if (group) profile.group = group;
    return profile;
  });
  // A profile of ours from the build is resolved when first asked for (a render for eu needs one of
  // ten); any other is resolved now, so that its errors stop the load.
  for (const id of atLoad) regions.get(id);
  const order: string[] = [];
  for (const id of [...raws.keys()].sort()) {
    if (groupOf(id)) continue;
    order.push(id, ...(raws.get(id)!.raw.members ?? []));
  }
  return { regions, order };
}

/**
 * Whether a region profile of the catalog is made of the build's files alone (its own file and
 * each one's it extends, unedited since the build): what the build computed from it holds.
 */
export function profileFromBuild(regions: ReadonlyMap<string, RegionProfile>, id: string): boolean {
  return regions instanceof Profiles && regions.fromBuild(id);
}

/** The file of a region profile of the catalog (its `file`), without resolving the profile. */
export function regionFile(regions: ReadonlyMap<string, RegionProfile>, id: string): string | undefined {
  return regions instanceof Profiles ? regions.fileOf(id) : regions.get(id)?.file;
}

/**
 * The region profiles by id, each resolved (merged with the profile it extends) when first asked
 * for; listed in the order they resolve in (each after the profile it extends), every id known
 * from the start.
 */
class Profiles extends Map<string, RegionProfile> {
  readonly #ids: readonly string[];
  readonly #built: ReadonlySet<string>;
  /** Every profile's file by id: the ids known. */
  readonly #files: ReadonlyMap<string, string>;
  readonly #make: (id: string, resolve: (id: string) => RegionProfile) => RegionProfile;

  constructor(ids: readonly string[], built: ReadonlySet<string>, files: ReadonlyMap<string, string>, make: (id: string, resolve: (id: string) => RegionProfile) => RegionProfile) {
    super();
    this.#ids = ids;
    this.#built = built;
    this.#files = files;
    this.#make = make;
  }

  /** The file a profile is read from (`RegionProfile.file`), without resolving it. */
  fileOf(id: string): string | undefined {
    return this.#files.get(id);
  }

  /** Whether the profile is made of the build's files alone (its own, and those of the profiles it extends). */
  fromBuild(id: string): boolean {
    return this.#built.has(id);
  }

  override get(id: string): RegionProfile | undefined {
    if (!this.#files.has(id)) return undefined;
    let profile = super.get(id);
    if (!profile) {
      profile = this.#make(id, (base) => this.get(base)!);
      super.set(id, profile);
    }
    return profile;
  }

  override has(id: string): boolean {
    return this.#files.has(id);
  }

  override get size(): number {
    return this.#ids.length;
  }

  override *keys(): MapIterator<string> {
    yield* this.#ids;
  }

  override *values(): MapIterator<RegionProfile> {
    for (const id of this.#ids) yield this.get(id)!;
  }

  override *entries(): MapIterator<[string, RegionProfile]> {
    for (const id of this.#ids) yield [id, this.get(id)!];
  }

  override [Symbol.iterator](): MapIterator<[string, RegionProfile]> {
    return this.entries();
  }

  override forEach(fn: (value: RegionProfile, key: string, map: Map<string, RegionProfile>) => void, self?: unknown): void {
    for (const [id, profile] of this.entries()) fn.call(self, profile, id, this);
  }
}

/** Profile settings taken whole from the profile a member extends unless it states its own. */
const INHERITED_SETTINGS = ['transferStatedOnce', 'outsideControllerTransfers', 'authority', 'contactField', 'foreignObligationBasis', 'vocabulary', 'wording', 'footer', 'storageStatedOnce', 'recipientListCarriesTransfers', 'retentionByPurpose'] as const satisfies ReadonlyArray<keyof RawRegion & keyof RegionProfile>;

function merge(base: RegionProfile | undefined, entry: RawEntry): RegionProfile {
  const r = entry.raw;
  const need = <T>(value: T | undefined, field: string): T => {
    if (value === undefined) {
      throw new DiscloseError('E_SCHEMA', `region "${r.id}" has no "${field}" and extends no profile that has one`, entry.pos([]), `Add "${field}" or "extends:".`);
    }
    return value;
  };
  // A member of a group (sg of sea) carries its own law: nothing the group cites is inherited.
  const fromGroup = base !== undefined && base.members.length > 0;
  const laws = new Map<string, LawInfo>(Object.entries(fromGroup ? {} : (base?.laws ?? {})));
  for (const [id, law] of Object.entries(r.laws ?? {})) laws.set(id, { id, title: law.title, short: law.short, url: law.url, checked: String(law.checked), levels: law.levels, articles: law.articles ?? {} });
  const cite = (text: string, at: Array<string | number>): Citation => {
    try {
      return parseCitation(text, laws);
    } catch (e) {
      throw new DiscloseError('E_SCHEMA', `citation "${text}": ${(e as Error).message}`, entry.pos(at), 'Write a citation as the law\'s id (declared under laws:) and its provisions, e.g. "gdpr 6(1)(a)" or "pdpa_sg 26; pdpr_sg part:3".');
    }
  };
  const english = (c: Citation, note?: string) => `${formatCitation(c, 'en')}${note ? ` (${note})` : ''}`;
  const elements = new Map<string, RegionElement>();
  for (const el of base?.elements ?? []) {
    const copy: RegionElement = { ...el };
    if (fromGroup) {
      delete copy.citation;
      delete copy.source;
      delete copy.unsettled;
      delete copy.practice;
      delete copy.textCitation;
    }
    elements.set(el.id, copy);
  }
  (r.elements ?? []).forEach((el, i) => {
    if (el.remove) {
      elements.delete(el.id);
      return;
    }
    const prior = elements.get(el.id);
    const snippet = el.snippet ?? prior?.snippet;
    if (!snippet) throw new DiscloseError('E_SCHEMA', `element "${el.id}" has no snippet`, entry.pos(['elements', i]), 'Name the snippet (a file in snippets/clause/) that writes it.');
    const citation = el.article !== undefined ? cite(el.article, ['elements', i, 'article']) : fromGroup || el.practice ? undefined : prior?.citation;
    const practice = el.practice ?? (fromGroup || el.article !== undefined ? undefined : prior?.practice);
    const element: RegionElement = {
      id: el.id,
      article: citation && citation.parts.length ? english(citation, el.note) : practice ? `no statutory source: ${practice}` : el.article ?? (fromGroup ? '' : prior?.article ?? ''),
      snippet,
      when: el.when ?? prior?.when ?? { always: true },
      detect: el.detect ?? prior?.detect ?? {},
      needs: el.needs ?? prior?.needs ?? [],
    };
    const reportedBy = el.reportedBy ?? prior?.reportedBy;
    if (reportedBy) element.reportedBy = reportedBy;
    if (citation && citation.parts.length) {
      element.citation = citation;
      const first = citedArticles(citation)[0];
      if (first) element.source = { law: first.law.id, url: first.law.url, title: first.unit ? first.law.articles[`${first.unit}:${first.article}`] ?? '' : first.law.articles[first.article] ?? '', checked: first.law.checked };
    }
    const unsettled = el.unsettled ?? (fromGroup ? undefined : prior?.unsettled);
    if (unsettled) element.unsettled = unsettled;
    if (practice) element.practice = practice;
    const text = el.cite !== undefined ? cite(el.cite, ['elements', i, 'cite']) : fromGroup ? undefined : prior?.textCitation;
    if (text && text.parts.length) element.textCitation = text;
    const citeWhen = el.cite !== undefined ? el.citeWhen : el.citeWhen ?? (fromGroup ? undefined : prior?.citeWhen);
    if (citeWhen && element.textCitation) element.citeWhen = citeWhen;
    elements.set(el.id, element);
  });
  // Inherited from a group without a citation of the member's own: the member must say which of its provisions it is.
  if (fromGroup) {
    for (const el of elements.values()) {
      if (!el.citation && !el.practice && r.laws) {
        throw new DiscloseError('E_SCHEMA', `region "${r.id}" inherits element "${el.id}" from group "${base!.id}" without citing its own law`, entry.pos(['elements']), `Add "- id: ${el.id}" with "article:" citing ${[...laws.keys()].join(' or ')}, or "remove: true" when the law does not ask for it.`);
      }
    }
  }
  const basisRaw = { ...(fromGroup ? {} : (base?.citations?.basis ?? {})) } as Record<string, Citation>;
  (Object.entries(r.legalBasisArticles ?? {}) as Array<[string, string]>).forEach(([k, v]) => (basisRaw[k] = cite(v, ['legalBasisArticles', k])));
  const mechRaw = { ...(fromGroup ? {} : (base?.citations?.mechanism ?? {})) } as Record<string, Citation>;
  (Object.entries(r.mechanismArticles ?? {}) as Array<[string, string]>).forEach(([k, v]) => (mechRaw[k] = cite(v, ['mechanismArticles', k])));
  const rightsCitation = r.rightsArticles !== undefined ? cite(r.rightsArticles, ['rightsArticles']) : fromGroup ? undefined : base?.citations?.rights;
  const sensitiveRaw = { ...(fromGroup ? {} : (base?.citations?.sensitive ?? {})) } as Record<string, Citation>;
  for (const [k, v] of Object.entries(r.sensitiveArticles ?? {})) sensitiveRaw[k] = cite(v, ['sensitiveArticles', k]);
  const englishMap = (m: Record<string, Citation>) => Object.fromEntries(Object.entries(m).map(([k, c]) => [k, english(c)]));
  const profile: RegionProfile = {
    id: r.id,
    name: need(r.name ?? base?.name, 'name'),
    law: need(r.law ?? base?.law, 'law'),
    countries: need(r.countries ?? base?.countries, 'countries'),
    area: r.area ?? base?.area ?? r.countries ?? base?.countries ?? [],
    locales: need(r.locales ?? base?.locales, 'locales'),
    sensitivity: need(r.sensitivity ?? base?.sensitivity, 'sensitivity'),
    ancestors: base ? [base.id, ...base.ancestors] : [],
    members: r.members ?? [],
    transferMechanisms: r.transferMechanisms ?? base?.transferMechanisms ?? [],
    legalBasisArticles: englishMap(basisRaw),
    mechanismArticles: englishMap(mechRaw),
    rights: need(r.rights ?? base?.rights, 'rights'),
    elements: [...elements.values()],
    severity: { ...(base?.severity ?? {}), ...(r.severity ?? {}) },
    consent: mergeConsent(base?.consent ?? [], r.consent ?? [], (text, i) => cite(text, ['consent', i, 'cite'])),
    file: entry.file,
    laws: Object.fromEntries(laws),
    citations: { basis: basisRaw, mechanism: mechRaw, ...(rightsCitation ? { rights: rightsCitation } : {}), ...(Object.keys(sensitiveRaw).length ? { sensitive: sensitiveRaw } : {}) },
  };
  // A profile's own, else the one it extends (review 11 L11-5: a project's `extends: vn` stays under Decree 356 and
  // dropped its sensitive-data sentence silently). A member inherits none from its group: its own law decides.
  if (r.sensitiveForPurposes?.length) profile.sensitiveForPurposes = r.sensitiveForPurposes.map((s, i) => ({ purposes: s.purposes, data: s.data, citation: cite(s.article, ['sensitiveForPurposes', i, 'article']), use: s.use }));
  else if (!fromGroup && base?.sensitiveForPurposes?.length) profile.sensitiveForPurposes = base.sensitiveForPurposes;
  const unsettledAll = { ...(fromGroup ? {} : (base?.unsettled ?? {})), ...(r.unsettled ?? {}) };
  if (Object.keys(unsettledAll).length) profile.unsettled = unsettledAll;
  const wording = { ...(fromGroup ? {} : (base?.mechanismWording ?? {})), ...(r.mechanismWording ?? {}) };
  if (Object.keys(wording).length) profile.mechanismWording = wording;
  // Settings a profile states, else takes from the profile it extends (a group passes none on).
  for (const key of INHERITED_SETTINGS) {
    const value = r[key] ?? (fromGroup ? undefined : base?.[key]);
    if (value) Object.assign(profile, { [key]: value });
  }
  positions.set(profile, entry.pos);
  return profile;
}

/** A member's consent needs: the group's, with its own added, replaced (same id) or removed. */
function mergeConsent(base: ConsentNeed[], own: NonNullable<RawRegion['consent']>, cite: (text: string, i: number) => Citation): ConsentNeed[] {
  const needs = new Map(base.map((n) => [n.id, n]));
  own.forEach((n, i) => {
    if (n.remove) {
      needs.delete(n.id);
      return;
    }
    const prior = needs.get(n.id);
    const citation = n.cite !== undefined ? cite(n.cite, i) : prior?.citation;
    needs.set(n.id, { id: n.id, article: n.article ?? prior?.article ?? '', when: n.when ?? prior?.when ?? { always: true }, ...(citation && citation.parts.length ? { citation } : {}) });
  });
  return [...needs.values()];
}
