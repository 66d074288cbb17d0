/** `disclose check`: lint templates and cross-check footer, clause, flows and region requirements. */
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import { openFor, resolveTargets, splitList, type TargetOptions } from '../cli/targets.js';
import { DiscloseError } from '../errors.js';
import type { Finding } from '../check/finding.js';
import { formatFindingsText } from '../format/findings-text.js';
import { formatFindingsJson } from '../format/findings-json.js';
import { toSarif } from '../format/findings-sarif.js';
import { readTextFile } from '../load/read-file.js';
import { parsePolicy, type PolicyDocument } from '../policy/document.js';
import { policyClauseFor } from '../policy/clause-for.js';
import { packageVersion } from '../version.js';

export interface CheckCommandOptions extends TargetOptions {
  format?: string;
  policy?: string[];
  maxWarnings?: string;
}

export async function checkCommand(paths: string[], opts: CheckCommandOptions, io: IO): Promise<number> {
  const format = opts.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new DiscloseError('E_USAGE', `unknown format "${format}"`, {}, 'Use --format text, json or sarif.');
  let maxWarnings = Infinity;
  if (opts.maxWarnings !== undefined) {
    if (!/^\d+$/.test(opts.maxWarnings)) throw new DiscloseError('E_USAGE', `--max-warnings takes a whole number, not "${opts.maxWarnings}"`);
    maxWarnings = Number(opts.maxWarnings);
  }
  const { project, files } = openFor(paths, opts, io);
  const policies: PolicyDocument[] = splitList(opts.policy).map((p) => {
    const file = path.resolve(io.cwd, p);
    return parsePolicy(readTextFile(file, 16 * 1024 * 1024), file);
  });
  for (const doc of policies) {
    if (!doc.region || !doc.locale) throw new DiscloseError('E_POLICY_MARKER', 'the policy does not say its region and locale', { file: doc.file, line: 1, column: 1 }, 'Add front matter (region: eu, locale: en) or <!-- disclose:policy region=eu locale=en -->.');
    project.catalog.region(doc.region);
  }
  const explicit = opts.allRegions || splitList(opts.region).length > 0;
  const targets = explicit
    ? resolveTargets(project, opts)
    : policies.length
      ? policies.flatMap((d) => project.targets([d.region!], [d.locale!]))
      : project.targets('all', opts.allLocales ? 'all' : 'default');
  const findings: Finding[] = [];
  for (const file of files) {
    const template = project.loadTemplate(file);
    findings.push(...project.lint(template));
    for (const target of targets) {
      const docs = policies.filter((d) => d.region === target.region.id && d.locale === target.locale);
      if (docs.length === 0) {
        findings.push(...project.render(template, target).findings);
        continue;
      }
      for (const doc of docs) {
        const clause = policyClauseFor(doc, template);
        findings.push(...project.render(template, target, clause, clause ? undefined : { file: doc.file }).findings);
      }
    }
  }
  const unique = dedupe(findings);
  if (format === 'json') io.stdout(formatFindingsJson(unique, io.cwd));
  else if (format === 'sarif') io.stdout(`${JSON.stringify(toSarif(unique, project.rules, io.cwd, packageVersion()), null, 2)}\n`);
  else io.stdout(formatFindingsText(unique, io.cwd));
  const errors = unique.filter((f) => f.severity === 'error').length;
  const warnings = unique.filter((f) => f.severity === 'warning').length;
  return errors > 0 || warnings > maxWarnings ? EXIT.findings : EXIT.clean;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}|${f.file}|${f.line}|${f.column}|${f.region}|${f.locale}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
