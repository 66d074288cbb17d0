/**
 * `check(project, { regions, locales, policies })`: lint every template, render it for every
 * target, cross-check footer, clause, flows, region requirements and the policy documents, and
 * check the project's approved wording. Returns the findings, each once, in a stable order.
 */
import path from 'node:path';
import { dedupeFindings, sortFindings, type Finding } from '../check/finding.js';
import { runProjectRules } from '../check/project-rule.js';
import { readOverrides } from '../load/overrides.js';
import { readTextFile } from '../load/read-file.js';
import type { Template } from '../model/types.js';
import { policyClauseFor } from '../policy/clause-for.js';
import { policyTarget, type PolicyTargetOptions } from '../policy/policy-target.js';
import { parsePolicy, type PolicyDocument } from '../policy/document.js';
import type { Project, RenderOutput, Target } from '../project.js';
import { templateOf } from './render.js';
import { selectTargets, type TargetSelection } from './targets.js';

export interface CheckOptions extends TargetSelection {
  /** Policy documents (relative to the project's cwd); default: the project's. */
  policies?: string[];
  /** Default: the project's templates. */
  templates?: Array<Template | string>;
}

const POLICY_MAX_BYTES = 16 * 1024 * 1024;

export function loadPolicies(project: Project, files: string[], given: PolicyTargetOptions = {}): PolicyDocument[] {
  return files.map((p) => {
    const file = path.resolve(project.config.cwd, p);
    const doc = parsePolicy(readTextFile(file, POLICY_MAX_BYTES), file);
    // A policy without front matter is checked for the region (and locale) given.
    const target = policyTarget(project, doc, given);
    doc.region = target.region.id;
    doc.locale = target.locale;
    return doc;
  });
}

/** The regions and locales the options or the config name, for policies that do not say theirs. */
export function givenTargets(project: Project, options: CheckOptions): PolicyTargetOptions {
  const regions = options.regions ?? project.config.regions;
  const locales = options.locales ?? project.config.locales;
  return {
    ...(Array.isArray(regions) ? { regions } : {}),
    ...(Array.isArray(locales) ? { locales } : {}),
  };
}

/** The chosen targets, plus the region and locale of every policy document not among them. */
export function targetsFor(project: Project, options: TargetSelection, policies: PolicyDocument[]): Target[] {
  const chosen = selectTargets(project, options) ?? (policies.length ? [] : project.targets('all', 'default'));
  const out = [...chosen];
  for (const d of policies) {
    if (!out.some((t) => t.region.id === d.region && t.locale === d.locale)) out.push(...project.targets([d.region!], [d.locale!]));
  }
  return out;
}

/** What one cell (template × region × locale) is: its render (against the first policy document, if any) and every finding, each once. */
export interface CellCheck {
  render: RenderOutput;
  findings: Finding[];
}

/**
 * The one place a cell is checked, for `check` and `export` alike: rendered once, or once against
 * each policy document of its region and locale.
 */
export function checkCell(project: Project, template: Template, target: Target, policies: PolicyDocument[]): CellCheck {
  const docs = policies.filter((d) => d.region === target.region.id && d.locale === target.locale);
  if (docs.length === 0) {
    const render = project.render(template, target);
    return { render, findings: dedupeFindings(render.findings) };
  }
  const renders = docs.map((doc) => {
    const clause = policyClauseFor(doc, template, project.catalog.locale(target.locale));
    return project.render(template, target, clause, clause ? undefined : { file: doc.file });
  });
  return { render: renders[0]!, findings: dedupeFindings(renders.flatMap((r) => r.findings)) };
}

export function check(project: Project, options: CheckOptions = {}): Finding[] {
  const policies = loadPolicies(project, options.policies ?? project.policyFiles, givenTargets(project, options));
  const targets = targetsFor(project, options, policies);
  const templates = options.templates ? options.templates.map((t) => templateOf(project, t)) : project.templates;
  const findings: Finding[] = projectFindings(project);
  for (const template of templates) {
    findings.push(...project.lint(template));
    for (const target of targets) findings.push(...checkCell(project, template, target, policies).findings);
  }
  return sortFindings(dedupeFindings(findings));
}

/** Findings of the project as a whole (wording overrides), which belong to no template. */
export function projectFindings(project: Project): Finding[] {
  return runProjectRules(project.projectRules, { catalog: project.catalog, overrides: readOverrides(project.catalog) }, project.severity);
}
