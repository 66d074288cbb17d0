/**
 * Templates that share a clause id share one policy clause: their flows merge into one statement
 * set. The merged value is Template-shaped so the renderer takes it as it is; it stands for the
 * clause, not for a message (its footer, body and buttons are the first template's).
 */
import type { Flow, Template } from '../model/types.js';

/** The templates grouped by clause id, in the order given (each group keeps the templates' order). */
export function groupByClause(templates: readonly Template[]): Map<string, Template[]> {
  const groups = new Map<string, Template[]>();
  for (const t of templates) groups.set(t.clause.id, [...(groups.get(t.clause.id) ?? []), t]);
  return groups;
}

/**
 * One Template-like value for templates sharing a clause id: the union of their declared flows
 * (a flow declared identically by two templates counts once), then the channels' implied flows,
 * each id once. The clause number and title are the first ones given.
 */
export function mergeTemplates(templates: readonly Template[]): Template {
  const first = templates[0];
  if (!first) throw new Error('mergeTemplates needs at least one template');
  if (templates.length === 1) return first;
  const declared: Flow[] = [];
  const implied: Flow[] = [];
  for (const t of templates) {
    for (const f of t.flows) {
      if (f.implied !== undefined) {
        if (!implied.some((x) => x.id === f.id)) implied.push(f);
      } else if (!declared.some((x) => x.id === f.id && sameFlow(x, f))) {
        declared.push(f);
      }
    }
  }
  const number = templates.find((t) => t.clause.number !== undefined)?.clause.number;
  const title = templates.find((t) => t.clause.title !== undefined)?.clause.title;
  return {
    ...first,
    id: templates.map((t) => t.id).join('+'),
    clause: { id: first.clause.id, ...(number !== undefined ? { number } : {}), ...(title !== undefined ? { title } : {}) },
    flows: [...declared, ...implied],
  };
}

/** Same flow apart from where it was written. */
function sameFlow(a: Flow, b: Flow): boolean {
  return JSON.stringify(withoutPos(a)) === JSON.stringify(withoutPos(b));
}

function withoutPos(f: Flow): unknown {
  return { ...f, pos: undefined, recipients: f.recipients.map((r) => ({ ...r, pos: undefined })) };
}
