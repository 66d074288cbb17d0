/**
 * The data model every command reads: organization, templates with their declared flows, channel
 * profiles, region profiles and the taxonomy. Loaders turn YAML into these shapes; nothing in
 * here knows about files.
 */

/** Where a value came from, 1-based, for error messages and findings. */
export interface SourcePos {
  file: string;
  line: number;
  column: number;
}

/** A location code: an ISO 3166-1 alpha-2 country, or `EU` for the European Union as a whole. */
export type Place = string;

export type LegalBasis =
  | 'consent'
  | 'contract'
  | 'legal_obligation'
  | 'vital_interests'
  | 'public_task'
  | 'legitimate_interests';

export const LEGAL_BASES: readonly LegalBasis[] = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
];

export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';
export const TIME_UNITS: readonly TimeUnit[] = ['hour', 'day', 'week', 'month', 'year'];

/** Events a retention period can run from; each has a label in every locale (`event.<id>`). */
export const RETENTION_EVENTS = [
  'collection',
  'message_sent',
  'delivery',
  'transaction',
  // § 147 Abs. 4 AO: tax retention periods run from the end of the calendar year.
  'year_end_of_transaction',
  'appointment',
  'verification',
  'ticket_closed',
  'consent_withdrawal',
  'account_closure',
] as const;
export type RetentionEvent = (typeof RETENTION_EVENTS)[number];

export interface Retention {
  value: number;
  unit: TimeUnit;
  from: RetentionEvent;
  /** "up to" the period rather than exactly it. */
  upTo?: boolean;
  /**
   * Set when a law fixes the period; names the law (free text, kept verbatim) and, optionally, the
   * state whose law it is (a legal obligation under another state's law is not one under every
   * region's law: RegionProfile.foreignObligationBasis).
   */
  /**
   * `records`: what holds the data (`invoice_copies`); `whileOpen`: what keeps the period from ending
   * (`tax_assessment`: § 147(3) sentence 5 AO, not while the records matter for an open tax assessment).
   */
  statutory?: { law: string; country?: Place; records?: 'invoice_copies'; whileOpen?: 'tax_assessment' };
  /**
   * Who keeps the data for the period: `us` (the default) or the flow's `recipients` (a processor's own
   * retention, e.g. Meta keeping Cloud API messages at most 30 days). The retention sentence names the
   * holder as its subject, never "we" for what a recipient keeps (review 3 EU-m4, CA-m4).
   */
  heldBy?: 'us' | 'recipients';
  /**
   * On a consent flow, the period ends earlier when the person withdraws that consent: nothing else allows
   * keeping the data for the purpose after it (GDPR Art. 17(1)(b), 5(1)(e); review 8 EU8-2). Said where the
   * region words it (statement.retainEndsOnWithdrawal, retainUpToEndsOnWithdrawal).
   */
  endsOnWithdrawal?: boolean;
}

/** Transfer mechanisms; each region profile lists the ones its law accepts. */
export const TRANSFER_MECHANISMS = [
  'adequacy',
  'dpf',
  'scc',
  'bcr',
  'certification',
  'explicit_consent',
  'contract',
  'cac_standard_contract',
  'cac_security_assessment',
  'cac_certification',
  'comparable_protection',
  // The transfer is necessary to perform a contract with the person (TH PDPA s.28(3), MY Act 709
  // s.129(3)(b)): needs no contract with the recipient; holds only for a flow on the contract basis.
  'contract_performance',
] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

/** A mechanism for every region, or one per region id (group or member) with a `default`. */
export type TransferSpec = TransferMechanism | Partial<Record<string, TransferMechanism>>;

export interface Recipient {
  /** A recipient-type key from the taxonomy, e.g. `recipient.service_provider.courier`. */
  type: string;
  name?: string;
  /** Where the recipient is established (its own country, not ours). */
  country: Place;
  /** The recipient's own contact point; PIPL Art. 39 asks for it when data leaves China. Never ours. */
  contact?: string;
  /** Where the recipient itself stores the data (its data centres); its `country` when absent. */
  storage?: Place[];
  /** Certified under the EU-U.S. Data Privacy Framework (the only US recipients the DPF adequacy decision covers). */
  dpfCertified?: boolean;
  /** When the DPF List entry was last checked and found active, with its re-certification due date where recorded; shown with the DPF note (review 9 EU9-1, review 11 L11-6). */
  dpfChecked?: DpfCheck;
  /**
   * The legal person where `name` is a trade name ("Zendesk, Inc." for Zendesk): the EU clause names it as the
   * organisation certified under the Data Privacy Framework (the DPF List lists organisations; review 8 EU8-4).
   */
  legalName?: string;
  /**
   * The messenger the recipient provides (WhatsApp): the clause names the company as its provider
   * ("the provider of the WhatsApp messaging app, WhatsApp LLC"), never as an app (review 3 EU-m12, CA-m7).
   */
  messenger?: string;
  /**
   * The sub-processor that keeps the data for the recipient where it stores them (Meta Platforms, Inc.
   * for Meta Ireland's US storage); `dpfCertified` when it is certified under the EU-U.S. Data Privacy
   * Framework, so the recipient's onward transfer to it rests on the adequacy decision (review EU-A).
   */
  /** `contact`: the sub-processor's own contact point, where the data record one (PIPL Art. 39 line; review 4). */
  /** `unsettled`: what about the sub-processor is not confirmed, shown to the reviewer on the elements that state it. */
  subProcessor?: {
    name: string;
    country: Place;
    dpfCertified?: boolean;
    dpfChecked?: DpfCheck;
    contact?: string;
    unsettled?: string;
    /** Per region id, the note shown in that region instead of `unsettled` (review 8 CA8-2: no EU transfer terms on a California clause). */
    unsettledIn?: Record<string, string>;
  };
  /**
   * What the recipient keeps of the data for a legal duty of its own, not on our behalf (Stripe's transaction
   * records under the anti-money-laundering law that applies to it; review 7 CN7-1, SEA7-4): `criteria`, how
   * that period is determined, per locale (it ends the recipient's own-duty sentence, statement.retainRecipientOwn);
   * `role: controller` where it keeps them as a controller of its own (the region names the role in its terms);
   * `unsettled`: what the sources do not confirm, shown to the reviewer on the region's retention element.
   */
  ownRetention?: { criteria: string | Record<string, string>; role?: 'controller'; unsettled?: string };
  /**
   * CCPA: whether we disclose the data to this recipient for monetary or other valuable consideration
   * (a sale, Cal. Civ. Code §1798.140(ad)(1)). Only the business knows; for a third party without it
   * no "we do not sell" is written and check reports sale-undeclared (review CA-A).
   */
  sold?: boolean;
  /**
   * How the recipient itself processes the data (processing method), by locale: a fact about a
   * recipient processing for its own purposes (PIPL Art. 23, 39 处理方式; review CN3-1).
   */
  processingMethod?: Record<string, string>;
  /** When the recipient applies: e.g. the Meta entity that contracts with a business depends on where the business is. */
  appliesTo?: RecipientApplies;
  transfer?: TransferSpec;
  /**
   * Per region id (or `default`): why no transfer route is settled for this recipient. The clause then
   * names no mechanism and transfer-mechanism-missing shows the note to the reviewer (severity info).
   */
  transferUnsettled?: Partial<Record<string, string>>;
  pos?: SourcePos;
}

/** Conditions on a recipient (all given must hold): where the organization is, which region the notice is for. */
export interface RecipientApplies {
  controllerIn?: Place[];
  controllerNotIn?: Place[];
  regions?: string[];
  notRegions?: string[];
}

/** Where the data of a flow comes from (GDPR Art. 14(2)(f), Cal. Civ. Code §1798.110(a)(2)). */
export const DATA_SOURCES = ['user', 'derived', 'third_party'] as const;
export type DataSourceKind = (typeof DATA_SOURCES)[number];
export interface DataSource {
  from: DataSourceKind;
  /**
   * For `third_party`: the category of the source, a recipient-type key (e.g. `recipient.third_party.advertising`).
   * For `derived`: the data category the data are derived from (e.g. `user.behavior.purchase_history`; GDPR Art. 14(2)(f)).
   */
  category?: string;
}

/**
 * Where a data category comes from when its flow declares no source (taxonomy `source`): from the
 * person, from the person's device, from our own records of the dealings with us, created by us
 * (a passcode), assigned by us (a customer number), written by us (the content of our own messages),
 * or inferred by us. Stated per category (Cal. Civ. Code §1798.110(a)(2), PDPA Malaysia s.7(1)(c);
 * review CA-6, review 3 CA-m2). Only `from_you` is data the person provides (GDPR Art. 13(2)(e), 20(1)).
 */
export const DATA_ORIGINS = ['from_you', 'from_device', 'from_our_records', 'generated_by_us', 'assigned_by_us', 'written_by_us', 'inferred_by_us'] as const;
export type DataOrigin = (typeof DATA_ORIGINS)[number];

/** GDPR Art. 9(2) conditions a business-messaging flow can rest on (letters of Art. 9(2)). */
export const GDPR_CONDITIONS = ['a', 'c', 'f', 'h'] as const;
export type GdprCondition = (typeof GDPR_CONDITIONS)[number];

/** Purposes 11 CCR §7027(m) permits for sensitive personal information without a right to limit. */
export const CCPA_PERMITTED = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'] as const;
export type CcpaPermitted = (typeof CCPA_PERMITTED)[number];

export interface FlowSensitive {
  /** GDPR Art. 9(2): the condition for special categories, stated next to the Art. 6 basis. */
  gdprCondition?: GdprCondition;
  /** CCPA: the §7027(m) purposes every use of the sensitive data falls under (then no "Limit" link is owed). */
  ccpaPermitted?: CcpaPermitted[];
  /** PIPL Art. 30: the specific effect of handling the data on the person, in the template's language or per locale. */
  effect?: string | Record<string, string>;
  /**
   * Per region id: what is not settled about whether this flow's data are sensitive there, shown to the reviewer on
   * the element that lists the categories collected (review 8 CA8-1: the card typed with its security code into
   * the processor's field, California).
   */
  unsettledIn?: Record<string, string>;
}

export interface FlowConsent {
  explicit?: boolean;
  /** A consent given separately from other consents (PIPL Art. 23, 29, 39). */
  separate?: boolean;
  /** How the person withdraws it, e.g. "reply STOP". */
  withdrawal?: string;
}

export interface Flow {
  id: string;
  data: string[];
  purpose: string;
  recipients: Recipient[];
  retention?: Retention;
  legalBasis: LegalBasis;
  /**
   * A channel flow whose basis is the template's (`legalBasis: inherit` in the channel profile): the id of the
   * template's flow it takes the basis from. On consent, that flow's consent is the one the channel flow rests
   * on and ends with ("your consent to marketing messages"; review 8 EU8-1, GDPR Art. 7(3), 13(2)(c)).
   */
  basisFrom?: string;
  legitimateInterest?: string;
  storage: Place[];
  transfer?: TransferSpec;
  /** Sold (CCPA §1798.140(ad)). */
  sold: boolean;
  /** Shared for cross-context behavioural advertising (CCPA §1798.140(ah)). */
  shared: boolean;
  /** The data in this flow is used for this purpose only (rendered as an exclusivity claim). */
  exclusive: boolean;
  consent?: FlowConsent;
  /**
   * Whether providing the data is required, and what happens if it is not. On a legal-obligation flow:
   * whether the law obliges the person to provide the data (GDPR Art. 13(2)(e)); undeclared, no sentence
   * says so and the finding requirement-provision-missing asks for it.
   */
  required?: boolean;
  /**
   * What the person loses by not providing the data (GDPR Art. 13(2)(e), Act 709 s.7(1)(h), Thai PDPA
   * s.23(2)), in the template's language or per locale; it ends the sentence ("if you do not, …").
   */
  consequence?: string | Record<string, string>;
  /** Where the data comes from; `user` (collected from the person) when absent. */
  source?: DataSource;
  /** How each regime's own rules on sensitive data are met for this flow's sensitive data. */
  sensitive?: FlowSensitive;
  /**
   * The person gives the flow's data straight to its recipients (a processor's payment field on our page):
   * none of it passes through or into our systems (the flow has no storage of ours). `retentionCriteria`:
   * how the recipients' period is determined where they state no fixed one (《网络数据安全管理条例》第二十一条
   * 第一款第三项), in the template's language or per locale (review 6 CN6-2). `data`: which of the flow's data
   * the recipients collect directly from the person on our behalf (the card typed into the processor's field):
   * never said as disclosed, transferred or obtained by us, and said once as collected by the recipient
   * (review 7 EU7-3, CA7-2, SEA7-1, TH7-2, VN7-3, CN7-2); the rest of the flow's data pass through us.
   */
  collectedByRecipients?: { data?: string[]; retentionCriteria?: string | Record<string, string> };
  /**
   * The flow's data each of its messages carries besides its content (a channel flow: a WhatsApp message
   * is addressed to the phone number). A policy people wrote that speaks of the messages alone ("Meta keeps
   * the WhatsApp messages for 30 days") speaks of these too (src/policy/disclosure-classes.ts; issue 18).
   */
  messagesCarry?: string[];
  /** Set on flows a channel adds to every template it carries. */
  implied?: string;
  pos?: SourcePos;
}

export interface Variable {
  name: string;
  source?: string;
  maxLength?: number;
  example?: string;
  pos?: SourcePos;
}

export interface Button {
  /** Meta's button types in lower case. */
  type: 'url' | 'quick_reply' | 'phone_number' | 'copy_code' | 'otp' | 'mpm' | 'spm' | 'catalog' | 'flow' | 'voice_call' | 'app';
  /** Empty for an OTP button that takes Meta's default text. */
  text: string;
  url?: string;
  phone?: string;
  /** Meta's fields of the button that disclose does not model, written back as they are (`src/meta`). */
  meta?: Record<string, unknown>;
  pos?: SourcePos;
}

export type Channel = 'whatsapp' | 'sms' | 'email';
export type Category = 'utility' | 'marketing' | 'authentication';

export interface ConsentRecord {
  userIdentifier?: string;
  timestamp?: string;
  scope?: string[];
  method?: string;
  /** The path of the person's action, e.g. "checkout > WhatsApp updates checkbox (unticked)". */
  path?: string;
  /** The account setting where consent was given and can be switched off, per locale as the business's pages name it (GDPR Art. 7(3); review 3 EU-m1). */
  setting?: Record<string, string>;
  preTicked?: boolean;
  specific?: boolean;
  withdrawalRecorded?: boolean;
  doubleOptIn?: { codeSentAt?: string; confirmedAt?: string };
  separate?: string[];
  /**
   * The flows this record's consent covers (their ids). Absent on the template's record: every consent flow
   * of the template that no separate record covers.
   */
  flows?: string[];
  /**
   * Consents the person gives separately in the same template, each with its own box, evidence and switch
   * (`flows` names the flows it covers): a consent to sharing with an advertising partner is not the consent
   * to our offers (GDPR Art. 4(11), 7(2); EDPB Guidelines 05/2020 §§55-61 on granularity; review 7 EU7-1).
   */
  separateRecords?: ConsentRecord[];
  pos?: SourcePos;
}

export interface Template {
  id: string;
  channel: Channel;
  category: Category;
  language: string;
  purpose: string;
  /** `title` is in the template's language, or a map from locale to title. */
  clause: { id: string; number?: string; title?: string | Record<string, string> };
  header?: string;
  body: string;
  footer?: string;
  buttons: Button[];
  variables: Variable[];
  flows: Flow[];
  /** When false, the channel's implied flows are not added. */
  inheritChannelFlows: boolean;
  consent?: ConsentRecord;
  /**
   * How often a person receives this template: at most `count` messages per `per` (Vietnam, Law
   * 91/2025/QH15 Điều 28 khoản 3: consent to advertising rests on knowing its frequency). Absent:
   * the text states none.
   */
  frequency?: MessageFrequency;
  /** Meta's template JSON that disclose does not model (`import-meta`), written back by `meta` (`src/meta/from-meta.ts` MetaPassthrough). */
  meta?: Record<string, unknown>;
  file: string;
  /** Positions of top-level fields (`body`, `footer`, `purpose`, …) for findings. */
  positions: Record<string, SourcePos>;
  /** Where a character of a text field sits in the file (`offset` into the field's value). */
  posIn?(field: TextField, offset: number): SourcePos;
}

/** At most `count` messages per period (a template's `frequency`). */
export interface MessageFrequency {
  count: number;
  per: 'day' | 'week' | 'month' | 'year';
}

/** The template fields that hold free text. */
export type TextField = 'body' | 'header' | 'footer' | 'purpose';

export interface Contact {
  name?: string;
  address?: string;
  email?: string;
  phone?: string;
  url?: string;
}

/**
 * A check of an organisation's entry on the DPF List: the day it was checked and found active (YYYY-MM-DD), or
 * "not checked"; or that day with the entry's next re-certification due date as the List shows it (review 11 L11-6:
 * an organisation re-certifies on its own anniversary, so a check shows the entry active until then at most).
 */
export type DpfCheck = string | { checked: string; due?: string };

export interface Organization {
  controller: Contact & { name: string; country: Place; address: string; email: string };
  /**
   * Reply keywords the business's reply handling accepts to stop messages, by locale, beside the
   * template's own ("reply STOP"). Only the business knows which it accepts; a clause names a keyword
   * beyond the template's own only when declared here (zh-CN 退订, PIPL Art. 15; vi "TC").
   */
  replyKeywords?: Record<string, string[]>;
  /**
   * When the organization last checked an organisation's entry on the DPF List (https://www.dataprivacyframework.gov/list),
   * by its legal name as the clause names it: "YYYY-MM-DD" or "not checked". For every template at once, and for
   * the sub-processors the channel data name (Meta Platforms, Inc.); the later of this and the recipient's own
   * `dpfChecked` counts (src/render/dpf-list.ts; rule dpf-list-check; review 9 EU9-1).
   */
  dpfChecked?: Record<string, DpfCheck>;
  dpo?: Contact;
  euRepresentative?: Contact;
  supervisoryAuthority?: Contact & { name: string };
  california?: {
    optOutUrl?: string;
    limitSensitiveUrl?: string;
    /** Toll-free number for requests to know, delete and correct (Cal. Civ. Code §1798.130(a)(1)(A)). */
    tollFreeNumber?: string;
    /** Operates exclusively online with a direct relationship: an e-mail address suffices (§1798.130(a)(1)(A)). */
    exclusivelyOnline?: boolean;
    /** The website's page or form for those requests (§1798.130(a)(1)(B); 11 CCR §7020(b)). */
    requestWebform?: string;
    /**
     * The business sells or shares personal information beyond what the templates' flows declare (its
     * website's advertising cookies, say): every California clause then carries the opt-out link.
     */
    sellsOrShares?: boolean;
    /** `optOutUrl` is the business's Alternative Opt-out Link (11 CCR §7015), with this title. */
    alternativeOptOutLink?: 'your_privacy_choices' | 'your_california_privacy_choices';
  };
  china?: {
    piOfficer?: Contact;
    representative?: Contact;
    /** Not read by the clause: a filing binds one overseas recipient, so it is declared per recipient in `exportFilings` (review CN-1). */
    exportFiling?: { type: 'standard_contract' | 'security_assessment' | 'certification'; number: string };
    /**
     * The PIPL Art. 38(1) route each overseas recipient's transfer rests on, as filed or certified: the
     * clause states it, with its authority and number, for the recipient that also declares the route
     * (`transfer: { china: cac_standard_contract }` …); a declared route without its filing here is not stated.
     */
    exportFilings?: ExportFiling[];
    /**
     * PIPL Art. 3(2)(1): we process the personal information of people in China to provide them
     * products or services. The clause states the item with its condition only when this is set; without
     * it, which item of Art. 3(2) applies is left unsettled for the reviewer (review-3 CN3-6).
     */
    providesProductsOrServices?: boolean;
  };
  sea?: { dpo?: Contact };
  /** Vietnam: the cross-border transfer impact assessment dossier (Điều 20 khoản 2 Luật 91/2025/QH15), once filed. */
  vietnam?: {
    transferDossier?: { filedOn: string; reference?: string };
    /**
     * The organization decides the purposes and means and processes the data itself: "bên kiểm soát và xử lý
     * dữ liệu cá nhân" (khoản 9 Điều 2 Luật 91/2025/QH15), the label the vn clause then gives it (review-3 VN3-11).
     */
    controllerAndProcessor?: boolean;
  };
  policyUrl: string;
  shortPolicyUrl?: string;
  file: string;
}

/** One overseas recipient's route under PIPL Art. 38(1) (items 1-3), as the organization filed or obtained it. */
export const EXPORT_ROUTES = ['standard_contract', 'security_assessment', 'certification'] as const;
export type ExportRoute = (typeof EXPORT_ROUTES)[number];
export interface ExportFiling {
  /** The recipient's name, as the template or channel declares it. */
  recipient: string;
  route: ExportRoute;
  /** Who holds the filing or decision: the provincial CAC the standard contract was filed with, the certification body, or the CAC. */
  authority: string;
  /** The filing number, certificate number or decision number, as issued (no format is published). */
  number: string;
}

export interface ChannelProfile {
  id: Channel;
  name: string;
  counting: 'characters' | 'sms-segments';
  limits: Record<string, number>;
  /** `notAllowedFor`: template categories whose footer takes no text of ours (WhatsApp authentication). */
  footer: { maxLength?: number; maxSegments?: number; variables: boolean; notAllowedFor?: Category[] };
  implies: Flow[];
  /** Where the platform's review lets a body place variables; both allowed when absent. */
  placement?: { edgeVariables?: boolean; adjacentVariables?: boolean };
  file: string;
}

/** When an element applies; all given keys must hold. */
export interface Condition {
  always?: boolean;
  crossBorder?: boolean;
  legalBasis?: LegalBasis[];
  /**
   * A flow is stated on one of these bases in this region (basisIn: a duty under another state's law on the region's
   * foreignObligationBasis), where legalBasis asks what the flows declare (china legal_obligation_basis; stop 27
   * clause audit 3).
   */
  statedBasis?: LegalBasis[];
  soldOrShared?: boolean;
  notSoldOrShared?: boolean;
  /**
   * The business sells or shares personal information: some flow of any template of the project
   * does, or the organization declares it (`california.sellsOrShares`). Every California notice at
   * collection then carries the opt-out link (11 CCR §7012(e); review 5 CA-B).
   */
  businessSellsOrShares?: boolean;
  sensitive?: boolean;
  statutoryRetention?: boolean;
  hasRecipients?: boolean;
  thirdPartyHandlers?: boolean;
  /** Some flow of the template declares a separate consent (`consent.separate`, PIPL Art. 23, 29, 39). */
  separateConsent?: boolean;
  orgField?: string;
  /** The organization field is absent, empty or false (california.exclusivelyOnline: a toll-free number is owed). */
  orgFieldAbsent?: string;
  /** Some flow's data is not collected from the person: derived, or from a third party (GDPR Art. 14(1)(d), (2)(f)). */
  indirectSource?: boolean;
  /** Some flow's data is derived or inferred by us, not obtained from a third party (review 6 CN6-4). */
  derivedSource?: boolean;
  /** Some flow has data the person provides, or a legal duty of ours to record data (the GDPR Art. 13(2)(e) line; review 3 EU-m3). */
  providedData?: boolean;
  /** Some flow on consent or a contract has data the person provides (GDPR Art. 20(1) portability; review 3 EU-m5). */
  portableData?: boolean;
  /** Some recipient declares a sub-processor outside the region (`subProcessor`; PIPL Art. 21, 39; review 5 CN5-9). */
  subProcessorAbroad?: boolean;
  controllerOutside?: boolean;
  /** Sensitive data used for a purpose beyond those the flow lists as permitted (CCPA: the "Limit" link is owed). */
  sensitiveUnpermitted?: boolean;
}

/** How the cross-check finds an element in text it did not write. */
export interface ElementDetect {
  claims?: Array<'collect' | 'share' | 'sell' | 'store' | 'transfer' | 'retain' | 'use'>;
  /** Organization fields (dotted paths) whose value must appear in the text. */
  orgText?: string[];
  /** Reader cue lists (locales/<lng>/reader.yaml `cues.<id>`) one of which must appear. */
  cue?: string[];
  /** Another locale in which the notice must also be given. */
  companionLocales?: string[];
  /**
   * What shows an `orgText` element in a policy people wrote, whoever's it is (src/policy/written-elements.ts):
   * the controller with a way to reach it, a data protection officer with one, any contact, the complaint to
   * the authority, a representative, a toll-free number, California's two links by their titles; and what
   * shows a `cue` element there besides its phrases: `abroad`, data said to leave the country (China's
   * cross_border, PIPL 38(1)).
   */
  written?: 'controller' | 'dpo' | 'contact' | 'authority' | 'representative' | 'tollFree' | 'optOutLink' | 'limitLink' | 'abroad';
  /**
   * The business's own action only (`claims`): where the business itself keeps the data (Southeast Asia's
   * local_storage), not where a recipient or its sub-processor keeps them (that is the transfer, or
   * sub_processor_storage): a claim with no recipient, in a sentence that names no one else.
   */
  own?: boolean;
}

export interface RegionElement {
  id: string;
  article: string;
  snippet: string;
  when: Condition;
  detect: ElementDetect;
  /** Organization fields the element cannot be written without. */
  needs: string[];
  /** The rule that reports the element's missing organization fields instead of region-element-missing (ccpa-opt-out-link). */
  reportedBy?: string;
}

export interface RegionProfile {
  id: string;
  name: string;
  law: { name: string; short: string; citation: string };
  /** Countries whose residents this profile addresses. */
  countries: Place[];
  /** Places data can go without being a cross-border transfer for this profile. */
  area: Place[];
  locales: string[];
  /** Which sensitive-data list of the taxonomy applies (gdpr, ccpa, pipl, sea). */
  sensitivity: string;
  /**
   * The law whose own defined terms the text uses where a taxonomy label has one (locales/<lng>/taxonomy.yaml
   * `terms.<vocabulary>`; California: `ccpa`, "cross-context behavioral advertising"); elsewhere the general label.
   */
  vocabulary?: string;
  /** The profiles this one extends, nearest first (sg → [sea]; eu-strict → [eu]). */
  ancestors: string[];
  group?: string;
  members: string[];
  transferMechanisms: TransferMechanism[];
  /** Article cited after each legal basis, e.g. `contract: Art. 6(1)(b) GDPR`. */
  legalBasisArticles: Partial<Record<LegalBasis, string>>;
  /**
   * Where this law's legal-obligation basis means an obligation under its own state's law only
   * (ID Pasal 20(2)(c) "sesuai dengan ketentuan peraturan perundang-undangan"), the basis a flow on
   * legal_obligation is stated on when its obligation comes from another state's law (the flow's
   * retention.statutory.country outside `countries`).
   */
  foreignObligationBasis?: LegalBasis;
  /** Article cited after each transfer mechanism. */
  mechanismArticles: Partial<Record<TransferMechanism, string>>;
  rights: string;
  elements: RegionElement[];
  severity: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  /** What a consent record must show for this region, beyond what every region asks. */
  consent?: ConsentNeed[];
  file: string;
}

/** Region-specific evidence a consent record must carry (checked by `consent-evidence`). */
export const CONSENT_NEEDS = ['specific', 'withdrawal_recorded', 'double_opt_in', 'separate_cross_border', 'separate_sensitive', 'separate_third_party'] as const;
export type ConsentNeedId = (typeof CONSENT_NEEDS)[number];

export interface ConsentNeed {
  id: ConsentNeedId;
  article: string;
  /** When the need applies (facts of the template's flows for the region); always when absent. */
  when: Condition;
}

export interface TaxonomyEntry {
  key: string;
  parent?: string;
  kind: 'data' | 'purpose' | 'recipient';
  fideslang: boolean;
  sensitive: string[];
  ccpa?: string;
  /** The categories that make this one CCPA sensitive personal information with it (§1798.140(ae)(1)(B)). */
  ccpaWith?: string[];
  /** Where the category comes from when a flow declares no source of its own (data only). */
  source?: DataOrigin;
  vague: boolean;
  processor: boolean;
  /** A purpose that serves every other one (carrying the message); exempt from exclusivity. */
  ancillary: boolean;
}

export interface Taxonomy {
  data: Map<string, TaxonomyEntry>;
  purpose: Map<string, TaxonomyEntry>;
  recipient: Map<string, TaxonomyEntry>;
}

export type TaxonomyKind = keyof Taxonomy;
