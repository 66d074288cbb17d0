/**
 * What every statement module reads while the statements of one template are built for one region
 * and locale: the inputs, the set being filled, and the region's and locale's choices made once
 * (StatementContext); and, per flow, its data, purpose and the claims and assertions it makes
 * (FlowContext).
 */
import type { Claim } from '../../claims/claim.js';
import type { Flow, Organization, Recipient, RegionProfile, Taxonomy } from '../../model/types.js';
import { elementTextCitation, regionCitation } from '../citation.js';
import type { Localizer } from '../localizer.js';
import { ProjectUses } from '../project-uses.js';
import type { Assertion, BuildOptions, BuiltStatements, Party, StatementSet } from './types.js';

/** The data of a recipient outside the region, gathered over the flows (PIPL Art. 39: each recipient once). */
export interface OverseasRecipient {
  r: Recipient;
  flows: string[];
  data: string[];
}

export interface StatementContext {
  flows: Flow[];
  region: RegionProfile;
  tax: Taxonomy;
  loc: Localizer;
  org: Organization;
  options: BuildOptions;
  /** What is being built: the statements (`s`) and what was found missing. */
  built: BuiltStatements;
  s: StatementSet;
  /** Every use of data in the project: decides "only". */
  uses: ProjectUses;
  /** The organization as the party of "we" sentences. */
  us: Party;
  /** Data categories as the locale lists them. */
  dataList: (keys: string[]) => string;
  /** The wording key of the collection sentence in this region. */
  collectKey: string;
  /** A basis or mechanism label with the region's article for it, in the text's language. */
  withArticle: (label: string, kind: 'basis' | 'mechanism', key: string) => string;
  /** What an element of the region cites in the text's language ('' when the region has no such element). */
  citeOf: (id: string) => string;
  /** The region lists entrusted processing (PIPL Art. 21). */
  entrusts: boolean;
  /** The region names the sub-processor in the recipient's storage sentence (PIPL Art. 21, 39). */
  subStorage: boolean;
  /** A party named first in a sentence of `key`, capitalized as the sentence's start; elsewhere as is. */
  atStart: (key: string, text: string) => string;
  /** Purpose|basis pairs whose basis sentence is written. */
  seenBasis: Set<string>;
  /** Recipients outside the region, by type, name and country. */
  overseas: Map<string, OverseasRecipient>;
}

/** A recipient as the party of a sentence. */
export function partyOf(r: Recipient): Party {
  return { kind: 'recipient', type: r.type, ...(r.name ? { name: r.name } : {}), country: r.country };
}

/**
 * The data of a flow its recipients collect directly from the person on our behalf (`collectedByRecipients.data`):
 * they never pass through our systems (review 7 EU7-3, SEA7-1).
 */
export function collectedDirectly(flow: Flow): string[] {
  return flow.collectedByRecipients?.data ?? [];
}

export function statementContext(flows: Flow[], region: RegionProfile, tax: Taxonomy, loc: Localizer, org: Organization, options: BuildOptions): StatementContext {
  const s: StatementSet = { collect: [], source: [], basis: [], interest: [], share: [], sell: [], noSale: [], store: [], transfer: [], overseas: [], sensitiveBasis: [], sensitivePermitted: [], sensitiveEffect: [], filing: [], retain: [], subProcessor: [], exclusive: [], requirement: [], government: [] };
  const built: BuiltStatements = { statements: s, unresolvedTransfers: [], missingContacts: [], missingInterests: [], missingConditions: [], missingProvisions: [], dpfStated: [] };
  return {
    flows,
    region,
    tax,
    loc,
    org,
    options,
    built,
    s,
    uses: options.uses ?? ProjectUses.of([{ id: '', flows }]),
    us: { kind: 'organization', name: org.controller.name },
    dataList: (keys: string[]) => loc.list(keys.map((k) => loc.label('data', k))),
    // The CCPA's own verbs where the region speaks its vocabulary ("recopilamos y usamos", not the GDPR's
    // "tratamos"; review CA-10): statement.collectCcpa.
    collectKey: region.vocabulary === 'ccpa' ? 'statement.collectCcpa' : 'statement.collect',
    // The article in the text's own language (src/render/citation.ts, locales/<lng>/citation.yaml).
    withArticle: (label: string, kind: 'basis' | 'mechanism', key: string) => {
      const article = regionCitation(region, kind, key, loc.lng);
      return article ? loc.t('statement.withArticle', { label, article }) : label;
    },
    // What an element of the region cites in the text's language ('' when the region has no such element):
    // a sentence that states the element's fact cites it (PIPL Art. 21, 23, 30 sentences).
    citeOf: (id: string) => {
      const el = region.elements.find((e) => e.id === id);
      return el ? elementTextCitation(el, loc.lng) : '';
    },
    // A region that lists entrusted processing (PIPL Art. 21: `entrusted_processing`) states a processor
    // as entrusted with the data, not as a recipient the data is provided to (Art. 23; review CN-5).
    entrusts: region.elements.some((e) => e.id === 'entrusted_processing'),
    // A region that names the sub-processor keeping the data where a recipient stores them in the
    // storage sentence itself (PIPL Art. 21, 39: `sub_processor_storage`; review CN3-2) writes one
    // sentence for the recipient's storage and its sub-processor, not a storage and an onward-transfer
    // sentence that leave the holder unnamed.
    subStorage: region.elements.some((e) => e.id === 'sub_processor_storage'),
    // A party named first in a sentence is capitalized as the sentence's start; elsewhere it is not.
    atStart: (key: string, text: string) => (loc.t(key, { recipient: '\u0000' }).startsWith('\u0000') ? loc.capitalize(text) : text),
    seenBasis: new Set<string>(),
    // Overseas recipients (PIPL Art. 39): each recipient once, with its own name, country and contact.
    overseas: new Map<string, OverseasRecipient>(),
  };
}

export interface FlowContext {
  flow: Flow;
  /** The flow's data as the locale lists them. */
  data: string;
  /** The flow's purpose as the region words it. */
  purpose: string;
  /** A claim for each datum of the flow. */
  each: (make: (d: string) => Claim) => Claim[];
  /** An assertion of `kind` for the flow and all its data. */
  at: (kind: Assertion['kind'], extra?: Partial<Assertion>) => Assertion;
  /**
   * The data that pass through us: all but those the recipients collect directly from the person
   * (collectedByRecipients.data), with their list, claims and assertions.
   */
  passed: string[];
  passedData: string;
  eachPassed: (make: (d: string) => Claim) => Claim[];
  atPassed: (kind: Assertion['kind'], extra?: Partial<Assertion>) => Assertion;
}

export function flowContext(ctx: StatementContext, flow: Flow): FlowContext {
  const { loc, region, dataList } = ctx;
  const data = dataList(flow.data);
  const purpose = loc.label('purpose', flow.purpose, region.vocabulary);
  const each = (make: (d: string) => Claim) => flow.data.map(make);
  const at = (kind: Assertion['kind'], extra: Partial<Assertion> = {}): Assertion => ({ kind, flows: [flow.id], data: flow.data, ...extra });
  // Data the recipients collect directly from the person on our behalf (collectedByRecipients.data: the card
  // typed into Stripe's field) never pass through us: not said as disclosed, sold or transferred by us, nor in a
  // footer that says we share them; said once as the recipient's collection (statement.enteredDirectly). The
  // recipient still processes them: its storage, onward transfer, sub-processor and retention sentences, and
  // an entrusting region's entrusted-processing line (PIPL Art. 21), still name them (review 7 EU7-3, SEA7-1).
  const direct = collectedDirectly(flow);
  const passed = flow.data.filter((d) => !direct.includes(d));
  const passedData = dataList(passed);
  const eachPassed = (make: (d: string) => Claim) => passed.map(make);
  const atPassed = (kind: Assertion['kind'], extra: Partial<Assertion> = {}): Assertion => ({ ...at(kind, extra), data: passed });
  return { flow, data, purpose, each, at, passed, passedData, eachPassed, atPassed };
}
