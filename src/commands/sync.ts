/**
 * `disclose sync`: keeps the clauses disclose manages in privacy-policy documents up to date with
 * the templates. `--check` (the default) prints a unified diff and exits 1 when a clause is out of
 * date; `--write` rewrites the documents (atomically, and only when every document was read,
 * planned and rendered without error). Blocks edited by hand are kept unless `--force` is given,
 * and cross-checked against the flows like `disclose check --policy` does.
 */
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openFor } from '../cli/targets.js';
import { dedupeFindings, type Finding } from '../check/finding.js';
import { DiscloseError } from '../errors.js';
import { formatFindingsText } from '../format/findings-text.js';
import { formatBlockNote, formatSyncSummary, policyDiff, type SyncedDocument } from '../format/sync-text.js';
import { relativePath } from '../format/paths.js';
import { writeFilesAtomic } from '../io/atomic-write.js';
import { readTextSnapshot } from '../io/read-exact.js';
import type { FileSnapshot } from '../io/atomic-write.js';
import type { Template } from '../model/types.js';
import { missingClauseSection, policyClauseFor } from '../policy/clause-for.js';
import { renderClauseBlocks } from '../policy/clause-blocks.js';
import { parsePolicy, type PolicyDocument } from '../policy/document.js';
import { groupByClause } from '../policy/merge-templates.js';
import { policyTarget } from '../policy/policy-target.js';
import { planSync, type WantedClause } from '../policy/plan-sync.js';
import { syncDocument } from '../policy/sync-document.js';
import { Project, type Target } from '../project.js';


export interface SyncCommandOptions {
  templates?: string;
  org?: string;
  config?: string | false;
  check?: boolean;
  write?: boolean;
  force?: boolean;
  addMissing?: boolean;
  heading?: string;
  /** For policies without front matter. */
  region?: string;
  locale?: string;
}

/** The rules that compare a policy clause with the flows and the footer (the rest belong to `disclose check`). */
export const SYNC_RULES = [
  'disclosure-omitted',
  'disclosure-vague',
  'disclosure-incorrect',
  'exclusivity-contradicted',
  'retention-mismatch',
  'storage-location-mismatch',
  'transfer-mechanism-mismatch',
  'clause-reference-mismatch',
  'region-element-missing',
  'policy-clause-missing',
  // A policy people wrote, read as a whole (issue 18).
  'disclosure-ambiguous',
  'policy-unreadable',
];

export async function syncCommand(policies: string[], opts: SyncCommandOptions, io: IO): Promise<number> {
  if (opts.check && opts.write) throw new DiscloseError('E_USAGE', '--check and --write exclude each other', {}, 'Pass one of them (--check is the default).');
  if (opts.heading !== undefined && !opts.addMissing) throw new DiscloseError('E_USAGE', '--heading only applies with --add-missing');
  const write = Boolean(opts.write);
  const { project: base, files } = openFor(opts.templates ? [opts.templates] : [], { org: opts.org, config: opts.config }, io);
  const project = new Project(base.catalog, base.org, {
    rules: base.rules.filter((r) => SYNC_RULES.includes(r.meta.id)),
    severity: base.severity,
    config: base.config,
    templateFiles: files,
    policyFiles: base.policyFiles,
  });
  const templates = project.templates;
  const policyFiles = policies.length ? policies.map((p) => path.resolve(io.cwd, p)) : project.policyFiles;
  if (policyFiles.length === 0) throw new DiscloseError('E_USAGE', 'no policy documents given', {}, 'Pass policy files, or list them under `policies:` in disclose.config.yaml.');
  const groups = groupByClause(templates);
  const wanted: WantedClause[] = [...groups].map(([id, ts]) => ({ id, number: ts.find((t) => t.clause.number !== undefined)?.clause.number }));

  // Read, plan, render and check every document before writing any.
  const runs: SyncedDocument[] = [];
  const findings: Finding[] = [];
  /** Each document as read: --write replaces none of them if one was edited meanwhile. */
  const snapshots = new Map<string, FileSnapshot>();
  for (const file of [...new Set(policyFiles)]) {
    const { text: before, snapshot } = readTextSnapshot(file);
    snapshots.set(file, snapshot);
    const doc = parsePolicy(before, file);
    const target = policyTarget(project, doc, { ...(opts.region ? { regions: [opts.region] } : {}), ...(opts.locale ? { locales: [opts.locale] } : {}) });
    // A clause without its block goes into the section `check` reads as the clause, when there is one.
    const under = opts.heading === undefined ? missingClauseSection(doc, groups, project.catalog.locale(target.locale)) : undefined;
    const plan = planSync(doc, wanted, { heading: opts.heading, ...(under ? { under } : {}) });
    const rendered = renderClauseBlocks(project, target, doc.format, groups, plan);
    const result = syncDocument(doc, plan, rendered, { force: opts.force, addMissing: opts.addMissing });
    const after = result.changed ? parsePolicy(result.text, file) : doc;
    const kept = new Set(result.blocks.filter((b) => b.status === 'edited').map((b) => b.id));
    findings.push(...crossCheck(project, target, templates, (t) => (!write && kept.has(t.clause.id) ? doc : after)));
    runs.push({ file, before, result });
  }
  if (write) writeFilesAtomic(runs.filter((r) => r.result.changed).map((r) => ({ file: r.file, data: r.result.text, expect: snapshots.get(r.file) })));

  let outOfDate = false;
  let unresolved = false;
  for (const r of runs) {
    const name = relativePath(r.file, io.cwd);
    if (r.result.changed && !write) {
      outOfDate = true;
      io.stdout(policyDiff(r.before, r.result.text, name));
    }
    for (const b of r.result.blocks) {
      if (b.status === 'edited' || b.status === 'missing') unresolved = true;
      const note = formatBlockNote(b, name, write, (groups.get(b.id) ?? []).map((t) => t.id));
      if (note) io.stderr(note);
    }
  }
  const unique = dedupeFindings(findings);
  if (unique.length) io.stdout(formatFindingsText(unique, io.cwd));
  io.stderr(formatSyncSummary(runs, write));
  const errors = unique.some((f) => f.severity === 'error');
  return outOfDate || unresolved || errors ? EXIT.findings : EXIT.clean;
}

/** The findings of the policy rules for every template, with its clause read from the document. */
function crossCheck(project: Project, target: Target, templates: readonly Template[], docFor: (t: Template) => PolicyDocument): Finding[] {
  const out: Finding[] = [];
  for (const t of templates) {
    const doc = docFor(t);
    const clause = policyClauseFor(doc, t, project.catalog.locale(target.locale));
    out.push(...project.render(t, target, clause, clause ? undefined : { file: doc.file }).findings);
  }
  return out;
}

