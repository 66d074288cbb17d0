/** `render(project, template, { region, locale })`: the footer, clause and findings for one target. */
import path from 'node:path';
import type { PolicyClause } from '../check/rule.js';
import type { Template } from '../model/types.js';
import type { Project, RenderOutput } from '../project.js';

export interface RenderTarget {
  /** A region id, ours or the project's own. */
  region: string;
  /** Default: the region's default locale. */
  locale?: string;
  /** A clause from a policy document to review instead of the generated one. */
  policy?: PolicyClause;
}

/** A template given as loaded, by id among the project's templates, or as a file (relative to the project's cwd). */
export function templateOf(project: Project, template: Template | string): Template {
  if (typeof template !== 'string') return template;
  const byFile = project.templateFiles.indexOf(path.resolve(project.config.cwd, template));
  if (byFile >= 0) return project.templates[byFile]!;
  return project.templates.find((t) => t.id === template) ?? project.loadTemplate(path.resolve(project.config.cwd, template));
}

export function render(project: Project, template: Template | string, target: RenderTarget): RenderOutput {
  const [t] = project.targets([target.region], target.locale ? [target.locale] : 'default');
  return project.render(templateOf(project, template), t!, target.policy);
}
