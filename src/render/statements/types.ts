/**
 * What statement building produces: a statement (one sentence: a wording key, the values it
 * interpolates, the claims it makes and what it asserts about whom), the set of statements by kind,
 * and what building found missing (transfers with no route, contacts, interests, conditions,
 * provisions).
 */
import type { Claim } from '../../claims/claim.js';
import type { DataSourceKind, LegalBasis, Place, TransferMechanism } from '../../model/types.js';
import type { TransferProblem } from '../facts.js';
import type { DpfStated } from '../dpf-list.js';
import type { ProjectUses } from '../project-uses.js';

/** Who a sentence is about: the organization itself, or one named (or typed) recipient. */
export type Party = { kind: 'organization'; name: string } | { kind: 'recipient'; type: string; name?: string; country: Place };

/** What one written sentence asserts, in terms the declared flows can confirm or refute. */
export interface Assertion {
  kind: 'collect' | 'basis' | 'interest' | 'share' | 'sell' | 'store' | 'transfer' | 'retain' | 'exclusive' | 'requirement' | 'overseas' | 'source' | 'noSale' | 'sensitive';
  /** The flows the sentence speaks for. */
  flows: string[];
  data: string[];
  purpose?: string;
  party?: Party;
  place?: Place;
  basis?: LegalBasis;
  mechanism?: TransferMechanism;
  /** A contact point stated for the party. */
  contact?: string;
  exclusive?: boolean;
  source?: DataSourceKind;
  /** GDPR Art. 9(2) letter stated. */
  condition?: string;
  /** CCPA §7027(m) paragraphs stated. */
  permitted?: string[];
  /** A PIPL Art. 30 effect stated from the flow. */
  effect?: boolean;
  /** Several recipients named together as the subject (a retention the flow's recipients hold). */
  holders?: Party[];
  /** The sentence as written (the renderer adds it to the assertions of the clause). */
  sentence?: string;
}

export interface Statement {
  key: string;
  values: Record<string, string>;
  claims: Claim[];
  flow?: string;
  asserts?: Assertion;
  /** A source statement for data not collected from the person (derived, or from a third party). */
  indirect?: boolean;
  /**
   * The wording key whose words are written, where the region words this case of the statement apart
   * (china: our period after consent is withdrawn, review 6 CN6-6); `key` stays the one rules and the
   * said record read.
   */
  words?: string;
}

export interface StatementSet {
  collect: Statement[];
  source: Statement[];
  basis: Statement[];
  interest: Statement[];
  share: Statement[];
  sell: Statement[];
  noSale: Statement[];
  store: Statement[];
  transfer: Statement[];
  overseas: Statement[];
  /** GDPR Art. 9(2) condition for the special categories, next to the Art. 6 basis. */
  sensitiveBasis: Statement[];
  /** CCPA: sensitive data used only for 11 CCR §7027(m) purposes. */
  sensitivePermitted: Statement[];
  /** PIPL Art. 30: necessity and the specific effect on the person. */
  sensitiveEffect: Statement[];
  /** PIPL Art. 38(1): the route of an overseas recipient, with its authority and number, as the organization filed it. */
  filing: Statement[];
  retain: Statement[];
  /** The sub-processor a recipient has keep the data where it stores them (named; review EU-2). */
  subProcessor: Statement[];
  exclusive: Statement[];
  requirement: Statement[];
  government: Statement[];
}

export interface UnresolvedTransfer {
  flow: string;
  place: string;
  recipient?: string;
  mechanism?: TransferMechanism;
  reason: TransferProblem;
  /** Why no route is settled (the recipient's `transferUnsettled` note), when reason is `unsettled`. */
  note?: string;
}

/** A recipient a region needs a contact for (PIPL Art. 39) that declares none. */
export interface MissingContact {
  flow: string;
  recipient: string;
  place: Place;
}

export interface BuiltStatements {
  statements: StatementSet;
  unresolvedTransfers: UnresolvedTransfer[];
  missingContacts: MissingContact[];
  /** Flows on legitimate interests that do not name the interest (GDPR Art. 13(1)(d)). */
  missingInterests: string[];
  /** Flows with special categories of data and no GDPR Art. 9(2) condition (regions under the GDPR). */
  missingConditions: string[];
  /**
   * Legal-obligation flows stated with the general line that do not declare whether the person must provide
   * the data (`required`), or that declare it without a consequence in this locale (`consequence`).
   */
  missingProvisions: MissingProvision[];
  /** The recipients and sub-processors whose DPF certification the transfer sentences state (src/render/dpf-list.ts). */
  dpfStated: DpfStated[];
}

export interface MissingProvision {
  flow: string;
  missing: 'required' | 'consequence';
  locale?: string;
}

export interface BuildOptions {
  /** Every use of data in the project (all templates and the channel flows): decides "only". */
  uses?: ProjectUses;
  /** The template's language: free text given as one string (a PIPL Art. 30 effect) is in it. */
  language?: string;
  /** The separate consents the template's consent record lists (`consent.separate`, PIPL Art. 23, 29, 39). */
  separate?: readonly string[];
  /** Whether the clause holds data the region counts as sensitive (the cell's `Facts.sensitive`). */
  sensitive: boolean;
}
