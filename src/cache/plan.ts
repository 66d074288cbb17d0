/**
 * Which templates of a run can reuse their cached result. A template's result depends on its own
 * bytes and on the run's inputs (the `global` key of the cache file), and, when it can say or be
 * held to "only for X", on every use of data in the project (`ProjectUses`: an "only" sentence
 * must hold against every template's flows). Each entry keeps its template's uses, so the
 * project's uses are known without loading the templates that hit; an entry that depends on them
 * records their hash and misses when any template's flows changed. Whether the business sells or
 * shares personal information (any template's flow) changes every template's California clause (the
 * opt-out link, 11 CCR §7012(e)): each entry records it and misses when it changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { SourcePos, Template } from '../model/types.js';
import type { Project } from '../project.js';
import { ProjectUses, type DataUse } from '../render/project-uses.js';
import { lstatOrUndefined } from '../io/lstat.js';
import { YAML_LIMITS } from '../load/yaml-limits.js';
import { sha256 } from './fingerprint.js';

/** What every cache entry of a template holds, whatever the command. */
export interface TemplateEntry {
  /** The hash of the template file's bytes. */
  key: string;
  id: string;
  idPos?: SourcePos;
  /** The template's uses of data (with the channel's flows), in the order ProjectUses lists them. */
  uses: DataUse[];
  /** Set when the result depends on the project's uses: their hash when it was made. */
  usesHash?: string;
  /**
   * Whether some flow of the project sold or shared personal information when it was made: every
   * California clause then gives the opt-out link (11 CCR §7012(e)), so a change of it anywhere
   * changes every template's result. Absent: none did.
   */
  sells?: true;
}

/** What an entry needs of a template that missed, kept instead of the template itself. */
export interface Missed {
  id: string;
  idPos?: SourcePos;
  uses: DataUse[];
  depends: boolean;
}

export interface Plan<E extends TemplateEntry> {
  /** Entries to reuse, by file. */
  hits: Map<string, E>;
  /**
   * The templates that missed and were loaded while planning, by file: what its entry needs. The
   * loaded templates are not kept: the run loads them again. Even 50 of them kept while 10,000 were
   * loaded raised the main thread's peak from 171 to 281 MB (500: 320 MB) before any was rendered.
   */
  missed: Map<string, Missed>;
  /**
   * The templates that missed and were not loaded while planning (`ran`): the run renders them and
   * reports what their entries need (`Ran`). Every miss the run renders, when no entry could be reused
   * (a cold run): their uses then decide nothing before the run, and loading 10,000 templates to learn
   * them cost the main thread ~170 MB of RSS and each template a second load.
   */
  deferred: Set<string>;
  /** Byte hash of every template file (undefined: too large to hash; it fails when loaded). */
  keys: Map<string, string | undefined>;
  /** The project's uses, when known before the run (nothing deferred): handed to the project. */
  uses: ProjectUses | undefined;
  /** The hash of the project's uses (`usesHashOf`); with deferred templates, known once `settle` has their reports. */
  readonly usesHash: string;
  /** Some flow of the project sells or shares personal information (the entries record it: `TemplateEntry.sells`); as `usesHash`. */
  readonly sells: boolean;
  /** Hands the plan what the run found of its deferred templates, in any order; every deferred file must be there. */
  settle(ran: ReadonlyMap<string, Ran>): void;
}

/** What the run reports of a template the plan deferred, for the project's uses hash: kept per template until the run ends (a hash, not the uses). */
export interface Ran {
  /** `usesDigest` of its uses. */
  digest: string;
  /** One of its flows sells or shares. */
  sells: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUse = (u: unknown) => isObject(u) && typeof u['data'] === 'string' && typeof u['purpose'] === 'string' && typeof u['template'] === 'string' && typeof u['flow'] === 'string';
const isPos = (p: unknown) => p === undefined || (isObject(p) && Object.values(p).every((v) => typeof v === 'string' || typeof v === 'number'));

export function isTemplateEntry(v: unknown): v is TemplateEntry {
  return isObject(v) && typeof v['key'] === 'string' && typeof v['id'] === 'string' && isPos(v['idPos']) && Array.isArray(v['uses']) && v['uses'].every(isUse) && (v['usesHash'] === undefined || typeof v['usesHash'] === 'string') && (v['sells'] === undefined || v['sells'] === true);
}

/** The hash of a template file's bytes; undefined for a file over the size limit (its load reports it). */
export function templateKey(file: string): string | undefined {
  const st = lstatOrUndefined(file);
  if (st && st.size > YAML_LIMITS.maxBytes) return undefined;
  try {
    return sha256(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** A template's own uses, as ProjectUses lists them. */
export function usesOf(template: Template): DataUse[] {
  return [...ProjectUses.of([template]).uses];
}

/**
 * Whether a template's result can depend on the other templates' flows: it has an "only" flow (the
 * renderer writes "only" when no flow anywhere uses the data otherwise), or text that is read back
 * and may say "only": a hand-written footer, policy documents, the project's approved wording.
 */
export function dependsOnUses(template: Template, project: Project, policies: number): boolean {
  return policies > 0 || template.footer !== undefined || project.config.wording !== undefined || (project.catalog.source.localeDirs?.length ?? 0) > 0 || template.flows.some((f) => f.exclusive);
}

/** What an entry needs of a loaded template. */
export function missedOf(template: Template, project: Project, policies: number): Missed {
  return { id: template.id, ...(template.positions['id'] ? { idPos: template.positions['id'] } : {}), uses: usesOf(template), depends: dependsOnUses(template, project, policies) };
}

/** The entry fields every command stores for a template it ran. */
export function templateEntry(missed: Missed, key: string, usesHash: string, sells: boolean): TemplateEntry {
  return {
    key,
    id: missed.id,
    ...(missed.idPos ? { idPos: missed.idPos } : {}),
    uses: missed.uses,
    ...(missed.depends ? { usesHash } : {}),
    ...(sells ? { sells: true as const } : {}),
  };
}

/** One template's part of the project's uses hash: the digest of its uses as ProjectUses lists them. */
export function usesDigest(uses: readonly DataUse[]): string {
  return sha256(JSON.stringify(uses));
}

/**
 * The hash of the project's uses: each template's digest (`usesDigest`), in file order. Made of one
 * small digest per template, so a run that learns the uses template by template (in worker
 * threads, in any order) need not hold them all to hash them.
 */
export function usesHashOf(digests: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const d of digests) hash.update(`${d}\n`);
  return hash.digest('hex');
}

/** What the run reports of a template's uses for the plan (`Ran`). */
export function ranOf(uses: readonly DataUse[]): Ran {
  return { digest: usesDigest(uses), sells: uses.some((u) => u.soldOrShared) };
}

/**
 * Plans a run over `files` (the project's templates in order): which entries to reuse, the
 * project's uses (handed to the project, so nothing else loads every template to find them).
 * `usable` says whether an entry whose key matches can serve (e.g. its pack files are still there).
 * Templates that miss are loaded in order, so the first that fails is the one a run without the
 * cache stops at.
 *
 * `renders`: the templates the run renders and reports (`Plan.settle`). When no entry can be reused
 * (a cold run), those that miss are not loaded here: nothing waits on their uses (no entry's reuse
 * depends on them), the run loads each once as it renders it, and the project finds its uses as a run
 * without the cache does. When some entry could be reused, every miss is loaded here, since the
 * project's uses decide whether it is.
 */
export function planTemplates<E extends TemplateEntry>(project: Project, files: string[], entries: Map<string, E>, policies: number, usable: (file: string, entry: E) => boolean = () => true, renders?: ReadonlySet<string>): Plan<E> {
  const keys = new Map<string, string | undefined>();
  const missed = new Map<string, Missed>();
  const deferred = new Set<string>();
  const candidates = new Map<string, E>();
  for (const file of files) {
    const key = templateKey(file);
    keys.set(file, key);
    const entry = entries.get(file);
    if (key !== undefined && entry?.key === key && usable(file, entry)) candidates.set(file, entry);
  }
  const defer = renders !== undefined && candidates.size === 0;
  // Loaded in file order: the first that fails is the one a run without the cache stops at.
  for (const file of files) {
    if (candidates.has(file)) continue;
    if (defer && renders.has(file)) deferred.add(file);
    else missed.set(file, missedOf(project.loadTemplate(file), project, policies));
  }
  const hits = new Map<string, E>();
  let known: { usesHash: string; sells: boolean } | undefined;
  let uses: ProjectUses | undefined;
  if (deferred.size === 0) {
    // As ProjectUses.of over all templates: each (template, flow, data, purpose) once.
    const all: DataUse[] = [];
    const seen = new Set<string>();
    const digests: string[] = [];
    for (const file of files) {
      const own = candidates.get(file)?.uses ?? missed.get(file)!.uses;
      digests.push(usesDigest(own));
      for (const u of own) {
        const k = `${u.template}|${u.flow}|${u.data}|${u.purpose}`;
        if (seen.has(k)) continue;
        seen.add(k);
        all.push(u);
      }
    }
    uses = new ProjectUses(all);
    // Whether the business sells or shares (any template's flow does): California's opt-out link in every clause.
    known = { usesHash: usesHashOf(digests), sells: all.some((u) => u.soldOrShared) };
    for (const [file, entry] of candidates) {
      if ((entry.usesHash === undefined || entry.usesHash === known.usesHash) && (entry.sells === true) === known.sells) hits.set(file, entry);
      else missed.set(file, missedOf(project.loadTemplate(file), project, policies));
    }
    project.adoptUses(uses);
  }
  const settled = (): { usesHash: string; sells: boolean } => {
    if (!known) throw new Error('the plan of a cached run was asked for the project\'s uses before the run reported its templates');
    return known;
  };
  return {
    hits,
    missed,
    deferred,
    keys,
    uses,
    get usesHash() {
      return settled().usesHash;
    },
    get sells() {
      return settled().sells;
    },
    settle(ran) {
      if (known) return;
      const digests: string[] = [];
      let sells = false;
      for (const file of files) {
        const own = missed.get(file);
        const r = own ? ranOf(own.uses) : ran.get(file);
        if (!r) throw new Error(`the run reported nothing of ${file}, which the plan left to it`);
        digests.push(r.digest);
        sells ||= r.sells;
      }
      known = { usesHash: usesHashOf(digests), sells };
    },
  };
}
