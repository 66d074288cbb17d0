/**
 * Renders the managed block of every clause a policy document needs: the templates sharing a
 * clause id merged into one, rendered for the document's region and locale under the number the
 * document gives the clause, laid out in the document's format.
 */
import type { Template } from '../model/types.js';
import type { Project, Target } from '../project.js';
import { mergeTemplates } from './merge-templates.js';
import type { SyncPlan } from './plan-sync.js';
import { blockLines, type PolicyFormat } from './render-block.js';
import type { RenderedBlock } from './sync-document.js';

export function renderClauseBlocks(project: Project, target: Target, format: PolicyFormat, groups: ReadonlyMap<string, readonly Template[]>, plan: SyncPlan): Map<string, RenderedBlock> {
  const numbers = new Map(plan.numbers);
  for (const m of plan.missing) numbers.set(m.id, m.number);
  const out = new Map<string, RenderedBlock>();
  for (const [id, templates] of groups) {
    if (!numbers.has(id)) continue;
    const number = numbers.get(id);
    const merged = mergeTemplates(templates);
    // The document's number (or none) wins over the templates' own, also in companion headings.
    const clauseTemplate: Template = { ...merged, clause: { ...merged.clause, number } };
    const result = project.renderer.render(clauseTemplate, target.region, target.locale, project.org, { clauseNumber: number });
    out.set(id, { title: result.clause.title, lines: blockLines(format, result.clause) });
  }
  return out;
}
