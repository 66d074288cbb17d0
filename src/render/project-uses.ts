/**
 * Every use of personal data in a project: each flow of each template (the channel's implied
 * flows included), as data category × purpose. Built once per run and handed to the renderer and
 * the exclusivity rule, so an "only for X" sentence is written, and accepted in hand-written text,
 * only when no flow anywhere uses that data for anything else.
 *
 * Only "only" needs the list, and most projects never say it: a project's uses can be given as a
 * function, called the first time a sentence with "only" is written or read (for a project that
 * is loading every template once more). Adding a template's own uses (`with`, once per render)
 * neither loads nor copies the list.
 */
import { covers } from '../load/taxonomy.js';
import type { Flow, Taxonomy } from '../model/types.js';
import { flowSells } from './sale.js';

export interface DataUse {
  data: string;
  purpose: string;
  template: string;
  flow: string;
  /**
   * The flow sells the data or shares it for cross-context behavioral advertising (CCPA): the
   * business then "sells or shares personal information", which every California notice at
   * collection must say with its opt-out link (11 CCR §7012(e); `sellerOf`).
   */
  soldOrShared?: true;
}

/** Whether a flow sells its data or shares it (CCPA §1798.140(ad), (ah)). */
export function flowSellsOrShares(flow: Flow): boolean {
  return flowSells(flow) || flow.shared === true;
}

export class ProjectUses {
  private list: readonly DataUse[] | undefined;
  private readonly source: (() => readonly DataUse[]) | undefined;
  /** Set by `with`: the project's uses, and the template's own when the project does not list that template. */
  private readonly base: ProjectUses | undefined;
  private readonly template: { id: string; flows: readonly Flow[] } | undefined;
  private ownUses: ProjectUses | undefined;
  private ids: Set<string> | undefined;
  /** The first use that sells or shares (`sellerOf`), null when none does. */
  private seller: DataUse | null | undefined;
  /** Per data category, the uses of it or of a broader or narrower category, in list order. */
  private related: { tax: Taxonomy; byData: Map<string, DataUse[]> } | undefined;

  /** Finds a use that sells or shares without the whole list (a project's quick scan of its files), when the list is not loaded. */
  private readonly findSeller: (() => DataUse | undefined) | undefined;

  /**
   * The uses, a function that finds them when they are first needed, or (`with`) a project's uses and
   * a template; `findSeller` answers `sellerOf` without loading the list (src/load/find-seller.ts).
   */
  constructor(uses: readonly DataUse[] | (() => readonly DataUse[]) | { base: ProjectUses; template: { id: string; flows: readonly Flow[] } }, findSeller?: () => DataUse | undefined) {
    this.findSeller = findSeller;
    if (typeof uses === 'function') this.source = uses;
    else if (Array.isArray(uses)) this.list = uses;
    else ({ base: this.base, template: this.template } = uses as { base: ProjectUses; template: { id: string; flows: readonly Flow[] } });
  }

  get uses(): readonly DataUse[] {
    if (this.list === undefined) {
      if (this.base) {
        const own = this.own();
        this.list = own ? [...this.base.uses, ...own.uses] : this.base.uses;
      } else this.list = this.source!();
    }
    return this.list;
  }

  /** The uses of every flow of the given templates. */
  static of(templates: Iterable<{ id: string; flows: readonly Flow[] }>): ProjectUses {
    const out: DataUse[] = [];
    const seen = new Set<string>();
    for (const t of templates) {
      for (const f of t.flows) {
        const sells = flowSellsOrShares(f);
        for (const d of f.data) {
          const key = `${t.id}|${f.id}|${d}|${f.purpose}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ data: d, purpose: f.purpose, template: t.id, flow: f.id, ...(sells ? { soldOrShared: true as const } : {}) });
        }
      }
    }
    return new ProjectUses(out);
  }

  /**
   * These uses plus a template's own (a template rendered on its own, outside the project's list).
   * The list is neither loaded nor copied here: which of the two it is is settled when asked.
   */
  with(template: { id: string; flows: readonly Flow[] }): ProjectUses {
    if (this.base && (this.template === template || (this.template!.id === template.id && template.id !== ''))) return this;
    return new ProjectUses({ base: this, template });
  }

  /**
   * A use by which the business sells or shares personal information, or undefined when no flow of
   * the project sells or shares. A template's own flow that does is found without loading the
   * project's list; otherwise the list is loaded (every California clause asks: 11 CCR §7012(e)).
   */
  sellerOf(): DataUse | undefined {
    if (this.seller === undefined) {
      // The template's own first: it answers without loading the project's list.
      if (this.base) {
        const t = this.template!;
        const own = t.flows.find(flowSellsOrShares);
        this.seller = own ? { data: own.data[0] ?? '', purpose: own.purpose, template: t.id, flow: own.id, soldOrShared: true } : (this.base.sellerOf() ?? null);
      } else if (this.list === undefined && this.findSeller) this.seller = this.findSeller() ?? null;
      else this.seller = this.uses.find((u) => u.soldOrShared) ?? null;
    }
    return this.seller ?? undefined;
  }

  /** As `sellerOf`, but the project's first such use before the template's own: the same answer for every template (findings name it). */
  projectSellerOf(): DataUse | undefined {
    return (this.base ? this.base.sellerOf() : undefined) ?? this.sellerOf();
  }

  /** Whether the list names a use of the template's (the templates named are found once). */
  private names(id: string): boolean {
    this.ids ??= new Set(this.uses.map((u) => u.template));
    return this.ids.has(id);
  }

  /** For a `with`: the template's own uses when the project's list does not name the template. */
  private own(): ProjectUses | undefined {
    const t = this.template!;
    if (t.id !== '' && this.base!.names(t.id)) return undefined;
    this.ownUses ??= ProjectUses.of([t]);
    return this.ownUses;
  }

  /**
   * Uses of `data` (or of a broader or narrower category) for a purpose that `purpose` does not
   * cover. Carrying the message (an ancillary purpose) counts as another use: the phone number
   * that goes to the messaging provider is not used "only" for delivery.
   */
  otherPurposes(tax: Taxonomy, data: string, purpose: string): DataUse[] {
    if (this.base) {
      const own = this.own();
      const first = this.base.otherPurposes(tax, data, purpose);
      return own ? [...first, ...own.otherPurposes(tax, data, purpose)] : first;
    }
    if (this.related?.tax !== tax) this.related = { tax, byData: new Map() };
    let near = this.related.byData.get(data);
    if (!near) this.related.byData.set(data, (near = this.uses.filter((u) => covers(tax, 'data', data, u.data) || covers(tax, 'data', u.data, data))));
    return near.filter((u) => !covers(tax, 'purpose', purpose, u.purpose));
  }
}
