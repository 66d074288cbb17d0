/**
 * `check --cache`: the same findings as `check` (`api/check.ts`), with each template's findings
 * (lint and every cell) kept in the cache and reused while nothing that can change them changed:
 * the template's bytes, and the run's inputs (`runKey`: disclose, the catalog with the project's
 * own regions and wording, the organization, the config, the policy documents, the targets and
 * severities). The project's own findings (approved wording) are worked out every run.
 */
import type { Finding, Severity } from '../check/finding.js';
import { dedupeFindings, sortFindings } from '../check/finding.js';
import { checkCell, givenTargets, loadPolicies, projectFindings, targetsFor, type CheckOptions } from '../api/check.js';
import type { Project, Target } from '../project.js';
import { RULES } from '../rules/index.js';
import { discloseFingerprint, pathsHash, sha256 } from './fingerprint.js';
import { isTemplateEntry, planTemplates, templateEntry, type TemplateEntry } from './plan.js';
import { cacheFile, readCache, reportReuse, writeCache, type CacheOptions } from './store.js';

export interface CheckEntry extends TemplateEntry {
  findings: Finding[];
}

const SEVERITIES = new Set<Severity>(['error', 'warning', 'info']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isFinding(f: unknown): f is Finding {
  return (
    isObject(f) &&
    typeof f['ruleId'] === 'string' &&
    SEVERITIES.has(f['severity'] as Severity) &&
    typeof f['messageId'] === 'string' &&
    typeof f['message'] === 'string' &&
    isObject(f['data']) &&
    typeof f['file'] === 'string' &&
    Number.isInteger(f['line']) &&
    Number.isInteger(f['column']) &&
    ['region', 'locale', 'template', 'fix'].every((k) => f[k] === undefined || typeof f[k] === 'string')
  );
}

export function isCheckEntry(v: unknown): v is CheckEntry {
  return isTemplateEntry(v) && Array.isArray((v as unknown as Record<string, unknown>)['findings']) && (v as CheckEntry).findings.every(isFinding);
}

/** A template's block in the text file: [offset, length, errors, warnings, infos, findings shown, findings placed elsewhere (0 or 1)]. */
export type Block = [number, number, number, number, number, number, number];

/** The record of `check --cache`'s text file (src/cache/check-text.ts), in the cache file's `extra`. */
export interface TextRecord {
  tag: string;
  size: number;
  mtimeMs: number;
  ino: number;
  cwd: string;
  color: boolean;
  quiet: boolean;
  blocks: Record<string, Block>;
}

const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

function isTextRecord(v: unknown): v is TextRecord {
  if (!isObject(v) || typeof v['tag'] !== 'string' || !/^[0-9a-f]{32}$/.test(v['tag']) || !isCount(v['size']) || typeof v['mtimeMs'] !== 'number' || !isCount(v['ino'])) return false;
  if (typeof v['cwd'] !== 'string' || typeof v['color'] !== 'boolean' || typeof v['quiet'] !== 'boolean' || !isObject(v['blocks'])) return false;
  const size = v['size'];
  for (const b of Object.values(v['blocks'])) {
    if (!Array.isArray(b) || b.length !== 7 || !b.every(isCount)) return false;
    const [at, length, , , , , elsewhere] = b as Block;
    if (at + length > size || elsewhere > 1) return false;
  }
  return true;
}

/** The cache file's `extra` for check: absent, or `{ text }`. */
export const isCheckExtra = (v: unknown): boolean => isObject(v) && Object.keys(v).length === 1 && isTextRecord(v['text']);
/**
 * The key of everything but the templates that a run's results depend on. `extra` adds what a
 * command adds (an export's formats, output folder and working directory).
 */
export function runKey(project: Project, targets: Target[], policyFiles: string[], extra: unknown = null): string {
  const { config } = project;
  return sha256(
    discloseFingerprint(),
    pathsHash([...config.regionFolders, config.wording, project.org.file, config.file, ...policyFiles]),
    JSON.stringify({
      regionFolders: config.regionFolders,
      wording: config.wording ?? null,
      org: project.org.file,
      config: config.file ?? null,
      policies: policyFiles,
      targets: targets.map((t) => [t.region.id, t.locale]),
      severity: project.severity,
      // Findings of rules that depend on the day (dpf-list-check) hold as of this date only.
      asOf: project.asOf,
      rules: project.rules.map((r) => r.meta.id),
      projectRules: project.projectRules.map((r) => r.meta.id),
      extra,
    }),
  );
}

/** Whether the cache can serve this project: not with a library caller's own rules, whose code it cannot see. */
export function cacheable(project: Project): boolean {
  return project.rules === RULES;
}

/** What a cached `check` works on and keys its run by (check-cache and check-text alike). */
export function checkRun(project: Project, options: CheckOptions, cache: CacheOptions) {
  const policies = loadPolicies(project, options.policies ?? project.policyFiles, givenTargets(project, options));
  const targets = targetsFor(project, options, policies);
  return { policies, targets, files: project.templateFiles, global: runKey(project, targets, policies.map((d) => d.file)), file: cacheFile(cache.dir, 'check') };
}

/** A template's findings worked out afresh: its lint, then its cell for each target. */
export function templateFindings(project: Project, f: string, run: Pick<ReturnType<typeof checkRun>, 'targets' | 'policies'>): Finding[] {
  const template = project.loadTemplate(f);
  const found: Finding[] = [...project.lint(template)];
  for (const target of run.targets) found.push(...checkCell(project, template, target, run.policies).findings);
  return found;
}

export function checkWithCache(project: Project, options: CheckOptions, cache: CacheOptions): Finding[] {
  const run = checkRun(project, options, cache);
  const { policies, files, global, file } = run;
  const entries = readCache(file, 'check', global, isCheckEntry, cache, isCheckExtra);
  const plan = planTemplates(project, files, entries, policies.length);
  reportReuse(cache, plan.hits.size, files.length);
  const next = new Map<string, CheckEntry>();
  let changed = entries.size !== files.length;
  const findings: Finding[] = projectFindings(project);
  for (const f of files) {
    const hit = plan.hits.get(f);
    if (hit) {
      findings.push(...hit.findings);
      next.set(f, hit);
      continue;
    }
    changed = true;
    const own = templateFindings(project, f, run);
    findings.push(...own);
    const key = plan.keys.get(f);
    if (key !== undefined) next.set(f, { ...templateEntry(plan.missed.get(f)!, key, plan.usesHash, plan.sells), findings: own });
  }
  // An unchanged run leaves the cache as it is (no rewrite of a file that would not change).
  if (changed || [...entries.keys()].some((k) => !next.has(k))) writeCache(file, 'check', global, next, cache, entries, undefined, 'findings');
  return sortFindings(dedupeFindings(findings));
}
