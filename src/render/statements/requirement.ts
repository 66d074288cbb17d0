/**
 * Whether the person must provide the data (GDPR Art. 13(2)(e), Act 709 s.7(1)(g)-(h), Thai PDPA
 * s.23(2)): required or voluntary with the consequence of not providing them; for a legal obligation,
 * our duty (to record, keep, or under another state's law) and the person's only as the flow declares it.
 */
import type { Flow } from '../../model/types.js';
import { isOutside, providedIn } from '../facts.js';
import type { Localizer } from '../localizer.js';
import type { FlowContext, StatementContext } from './context.js';
import { textInSentence } from './user-text.js';

/**
 * The consequence for the person of not supplying data for a purpose, where the region words one
 * (`requirementConsequence.<purpose>` for the purpose or the nearest purpose above it, else
 * `requirementConsequence.default`; Act 709 s.7(1)(h), review 5 MY-8), after the flow's own `consequence`.
 * Undefined where neither words one.
 */
function requirementConsequence(flow: Flow, loc: Localizer, language: string | undefined, regionWording: boolean): string | undefined {
  // The flow's own declaration first (`consequence`, in the template's language or per locale): the sentence
  // ends it, so its closing mark (full stop, "!" or "?") is dropped. The region's per-purpose wording only where asked
  // (not for a legal obligation, whose consequence no region can assume; issue 17).
  const declared = textInSentence(flow.consequence, loc.lng, language, 'sentenceEnd');
  if (declared || !regionWording) return declared || undefined;
  const purpose = flow.purpose;
  for (let p: string | undefined = purpose; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : undefined) {
    if (loc.has(`requirementConsequence.${p}`)) return loc.t(`requirementConsequence.${p}`);
  }
  return loc.has('requirementConsequence.default') ? loc.t('requirementConsequence.default') : undefined;
}

/**
 * What the person loses by not giving voluntary data: the flow's own `consequence`, else the region's wording for the
 * purpose or the nearest purpose above it (`voluntaryConsequence.<purpose>`, then `requirementConsequence.<purpose>`;
 * never a default, which would say nothing of the purpose). Undefined where neither words one (review 8 EU8-3).
 */
function voluntaryConsequence(flow: Flow, loc: Localizer, language: string | undefined): string | undefined {
  const declared = textInSentence(flow.consequence, loc.lng, language, 'sentenceEnd');
  if (declared) return declared;
  for (let p: string | undefined = flow.purpose; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : undefined) {
    for (const kind of ['voluntaryConsequence', 'requirementConsequence']) if (loc.has(`${kind}.${p}`)) return loc.t(`${kind}.${p}`);
  }
  return undefined;
}

/** The requirement sentences of one flow. */
export function requirementStatements(ctx: StatementContext, fc: FlowContext): void {
  const { s, loc, region, tax, options, dataList, built } = ctx;
  const { flow, data, purpose, at } = fc;
  // Unless the flow says otherwise, data needed for a contract or a legal duty is required and
  // data given on consent is voluntary (GDPR Art. 13(2)(e)).
  const required = flow.required ?? (flow.legalBasis === 'contract' || flow.legalBasis === 'legal_obligation');
  // A legal duty is ours whether or not the person must provide the data (`required: false` on it: no law
  // obliges them, as the records and foreign-duty lines say; issue 17).
  if (flow.legalBasis === 'legal_obligation') {
    // A legal duty to keep records is ours, not the person's: "We are required by law to record …"
    // (review 3 EU-m7), for every datum we record, in every region that states the element.
    // Under another state's law, said as such where the region words it (requiredByLawForeign; Thailand, review 5 TH5-3).
    const dutyCountry = flow.retention?.statutory?.country;
    const foreignDuty = dutyCountry && isOutside(dutyCountry, region) && loc.has('statement.requiredByLawForeign') ? dutyCountry : undefined;
    // A duty to keep the records we make (retention.statutory.records: our invoice copies) is not a duty to
    // record the person's data, nor the person's to provide them: said so where the region words it
    // (statement.requiredByLawRecords; a German consumer sale needs no invoice, and one up to EUR 250 no
    // customer name or address, § 14 Abs. 2 UStG, § 33 UStDV; issue 17, 2026-12-07).
    const records = flow.retention?.statutory?.records;
    if (!foreignDuty && records && loc.has('statement.requiredByLawRecords')) {
      s.requirement.push({ key: 'statement.requiredByLawRecords', values: { data, purpose, records: loc.t(`records.${records}`) }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
    } else if (foreignDuty) {
      s.requirement.push({ key: 'statement.requiredByLawForeign', values: { data, purpose, country: loc.country(foreignDuty) }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
    } else {
      // The general line says only what a legal obligation is: the law requires us to process the data for
      // the purpose, or to keep them where the flow's retention is the law's (retention.statutory). Neither
      // a consequence for the person nor a duty of the person to provide the data follows from a duty of
      // ours (GDPR Art. 13(2)(e), Act 709 s.7(1)(g)-(h), Thai PDPA s.23(2) ask for both as facts; issue 17,
      // 2026-12-07): said only as the flow declares them (`required`, `consequence`), else a finding
      // (requirement-provision-missing) asks for the declaration.
      const keep = flow.retention?.statutory !== undefined;
      s.requirement.push({ key: keep ? 'statement.requiredByLawKeep' : 'statement.requiredByLaw', values: { data, purpose }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
      if (flow.required === undefined) built.missingProvisions.push({ flow: flow.id, missing: 'required' });
      else if (flow.required) {
        const consequence = requirementConsequence(flow, loc, options.language, false);
        if (!consequence) built.missingProvisions.push({ flow: flow.id, missing: 'consequence', locale: loc.lng });
        s.requirement.push({ key: consequence ? 'statement.obligedToProvide' : 'statement.obligedToProvideNoConsequence', values: { data, purpose, ...(consequence ? { consequence } : {}) }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
      } else {
        s.requirement.push({ key: 'statement.notObligedToProvide', values: { data, purpose }, claims: [], flow: flow.id, asserts: at('requirement', { purpose: flow.purpose }) });
      }
    }
  } else {
    // "Providing …" speaks only of what the person provides: not the content of our own messages, nor
    // what we create, assign or infer, nor what comes from the device or our records (taxonomy
    // `source`; review 3 EU-m3, MY-4, TH-6). Nothing provided: no line.
    const provided = providedIn(tax, flow);
    // What the person loses by not supplying them, where the region words it per purpose (Act 709 s.7(1)(h); review 5 MY-8).
    // Voluntary data too, where the region words the voluntary line with a consequence (statement.voluntaryConsequence;
    // review 8 EU8-3: Art. 13(2)(e) asks for "the possible consequences of failure to provide such data" either way).
    const consequence = required ? requirementConsequence(flow, loc, options.language, true) : loc.has('statement.voluntaryConsequence') ? voluntaryConsequence(flow, loc, options.language) : undefined;
    const words = !required && consequence ? { words: 'statement.voluntaryConsequence' } : {};
    if (provided.length) s.requirement.push({ key: required ? 'statement.required' : 'statement.voluntary', ...words, values: { data: dataList(provided), purpose, ...(consequence ? { consequence } : {}) }, claims: [], flow: flow.id, asserts: { kind: 'requirement', flows: [flow.id], data: provided, purpose: flow.purpose } });
  }
}
