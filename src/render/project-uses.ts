/**
 * Every use of personal data in a project: each flow of each template (the channel's implied
 * flows included), as data category × purpose. Built once per run and handed to the renderer and
 * the exclusivity rule, so an "only for X" sentence is written, and accepted in hand-written text,
 * only when no flow anywhere uses that data for anything else. Pure: it holds what it was given.
 */
import { covers } from '../load/taxonomy.js';
import type { Flow, Taxonomy } from '../model/types.js';

export interface DataUse {
  data: string;
  purpose: string;
  template: string;
  flow: string;
}

export class ProjectUses {
  readonly uses: readonly DataUse[];

  constructor(uses: DataUse[]) {
    this.uses = uses;
  }

  /** The uses of every flow of the given templates. */
  static of(templates: Iterable<{ id: string; flows: readonly Flow[] }>): ProjectUses {
    const out: DataUse[] = [];
    const seen = new Set<string>();
    for (const t of templates) {
      for (const f of t.flows) {
        for (const d of f.data) {
          const key = `${t.id}|${f.id}|${d}|${f.purpose}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ data: d, purpose: f.purpose, template: t.id, flow: f.id });
        }
      }
    }
    return new ProjectUses(out);
  }

  /** These uses plus a template's own (a template rendered on its own, outside the project's list). */
  with(template: { id: string; flows: readonly Flow[] }): ProjectUses {
    if (this.uses.some((u) => u.template === template.id && template.id !== '')) return this;
    return new ProjectUses([...this.uses, ...ProjectUses.of([template]).uses]);
  }

  /**
   * Uses of `data` (or of a broader or narrower category) for a purpose that `purpose` does not
   * cover. Carrying the message (an ancillary purpose) counts as another use: the phone number
   * that goes to the messaging provider is not used "only" for delivery.
   */
  otherPurposes(tax: Taxonomy, data: string, purpose: string): DataUse[] {
    return this.uses.filter((u) => (covers(tax, 'data', data, u.data) || covers(tax, 'data', u.data, data)) && !covers(tax, 'purpose', purpose, u.purpose));
  }
}
