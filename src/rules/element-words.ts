/**
 * What each region element asks for, in words a reviewer reads (stop 27: the keys "direct_collection",
 * "pi_officer" in a finding on a policy are no words). The keys stay in the finding's data (`elements`,
 * `related[].element`); the profile's article says which law asks. An element with no entry here is named
 * by its key with its underscores read as spaces.
 */
const WORDS: Record<string, string> = {
  account_closure: 'how to close the account',
  advertising_frequency: 'how often advertising messages are sent',
  advertising_refusal: 'how to refuse advertising messages',
  bilingual_notice: 'the notice in each language',
  categories_collected: 'the categories of personal information collected',
  china_representative: 'the representative in China',
  collection_list: 'the personal information collected',
  complaint_to_authority: 'the right to complain to the supervisory authority',
  contact: 'a contact for questions about personal data',
  controller_identity: 'who the controller is and how to reach it',
  cross_border: 'that personal information is provided abroad',
  data_portability: 'the right to data portability',
  data_subject_rights: 'the rights of access, rectification, erasure and restriction',
  direct_collection: 'who collects the personal information directly',
  direct_collection_scope: 'what is collected directly',
  direct_marketing_objection: 'the right to object to direct marketing',
  double_opt_in: 'the double confirmation of consent',
  dpo_contact: "the data protection officer's contact details",
  entrusted_processing: 'processing entrusted to others',
  erasure_exception: 'why data kept under a legal obligation are not erased on request',
  eu_representative: 'the representative in the EU',
  export_filing: 'the filing for providing personal information abroad',
  government_disclosure: 'disclosure to public authorities',
  handler_identity: 'who the personal information handler is and how to reach it',
  indirect_source: 'where information not collected from the person comes from',
  inferred_source: 'that personal information is inferred',
  legal_obligation_basis: 'processing that rests on a legal obligation',
  legitimate_interests: 'the legitimate interests relied on',
  limit_sensitive_link: 'the link "Limit the Use of My Sensitive Personal Information"',
  local_storage: 'where the business itself keeps the data',
  obligatory_or_voluntary: 'whether giving the data is obligatory or voluntary, and what follows if they are not given',
  opt_out_link: 'the link "Do Not Sell or Share My Personal Information"',
  overseas_recipients: 'the overseas recipients and how to reach them',
  personalised_marketing: 'how to refuse personalised marketing',
  pi_officer: "the personal information protection officer's contact details",
  privacy_policy_link: 'a link to the privacy policy',
  processing_method: 'how the personal information is processed',
  purposes: 'the purposes of the processing',
  purposes_and_legal_basis: 'the purposes and the legal basis of the processing',
  purposes_and_methods: 'the purposes and methods of processing',
  recipient_list: 'the recipients and what each receives',
  recipients: 'the recipients or their categories',
  request_methods: 'how to make a request',
  request_toll_free: 'a toll-free number for requests',
  retention: 'how long the data are kept',
  retention_expiry: 'what happens to the data when the period ends',
  retention_per_category: 'how long each category is kept',
  retention_period: 'how long the data are kept, or the criteria for it',
  right_to_object: 'the right to object',
  rights: "the person's rights",
  rights_limit: 'the right to limit the use of sensitive personal information',
  rights_procedure: 'how to exercise the rights',
  sensitive_categories: 'the sensitive personal information collected',
  sensitive_data: 'the sensitive data processed',
  sensitive_necessity: 'why the sensitive personal information is needed and its effect on the person',
  separate_consent: 'the separate consent asked for it',
  separate_consent_third_party: 'the separate consent asked for providing it to others',
  separate_cross_border: 'the separate consent asked for providing it abroad',
  separate_sensitive: 'the separate consent asked for sensitive personal information',
  separate_third_party: 'the separate consent asked for providing it to others',
  sold_or_shared: 'whether personal information is sold or shared',
  source: 'where the data come from',
  source_of_data: 'where the data come from',
  sources: 'where the data come from',
  specific: 'consent specific to the purpose',
  statutory_or_contractual: 'whether giving the data is a statutory or contractual requirement, and what follows if they are not given',
  statutory_retention: 'the law that sets the retention period',
  storage_location: 'where the data are stored',
  sub_processor_storage: "who keeps the data abroad for the recipient",
  sub_processors: 'the sub-processors',
  th_representative: 'the representative in Thailand',
  third_party_categories: 'the categories of third parties personal information is disclosed to',
  transfer: 'the transfer of data abroad',
  transfer_dossier: 'the transfer impact assessment dossier',
  transfer_safeguards: 'the safeguards for the transfer abroad',
  withdraw_consent: 'how to withdraw consent',
  withdrawal_recorded: 'that the withdrawal of consent is recorded',
};

/** What the part of an element that is missing asks for, where the rest is there (`detect.cue` / `detect.claims`). */
const PARTS: Record<string, string> = {
  legal_basis: 'the legal basis of the processing',
  collect: 'the purposes of the processing',
};

/** An element in words ("how to withdraw consent"). */
export function elementWords(id: string): string {
  return WORDS[id] ?? id.replace(/_/g, ' ');
}

/** The words of a part of an element (a cue id or an action), if it has its own. */
export function partWords(part: string): string | undefined {
  return PARTS[part];
}
