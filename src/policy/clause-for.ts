/** Finds the clause of a policy document that covers a template: its managed block, or its numbered section. */
import type { PolicyClause } from '../check/rule.js';
import type { Template } from '../model/types.js';
import { numberAt, type PolicyDocument } from './document.js';
import { plainTextMapped } from './plain-text.js';

export function policyClauseFor(doc: PolicyDocument, template: Template): PolicyClause | undefined {
  const block = doc.blocks.find((b) => b.id === template.clause.id);
  if (block) return clause(doc, template.clause.id, numberAt(doc, block.openStart), block.contentStart, block.contentEnd);
  const number = template.clause.number;
  const idx = number ? doc.headings.findIndex((h) => h.number === number) : -1;
  if (idx < 0) return undefined;
  const h = doc.headings[idx]!;
  const next = doc.headings.slice(idx + 1).find((x) => x.level <= h.level);
  return clause(doc, template.clause.id, h.number, h.end, next ? next.start : doc.text.length);
}

function clause(doc: PolicyDocument, id: string, number: string | undefined, start: number, end: number): PolicyClause {
  const plain = plainTextMapped(doc, start, end);
  return { file: doc.file, id, number, text: plain.text, pos: doc.posAt(start), posAt: (o) => doc.posAt(plain.sourceOffset(o)) };
}
