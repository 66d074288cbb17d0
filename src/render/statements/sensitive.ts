/**
 * Sensitive data: the GDPR Art. 9(2) condition, the CCPA's §7027(m) purposes (11 CCR), and PIPL
 * Art. 30's necessity and effect on the person; and a sensitive datum as the notice names it.
 */
import type { RegionProfile, Taxonomy } from '../../model/types.js';
import { formatCitation, parseCitation } from '../citation.js';
import { isSensitive, separateConsentsOf, underGdpr } from '../facts.js';
import type { Localizer } from '../localizer.js';
import type { FlowContext, StatementContext } from './context.js';
import type { Assertion } from './types.js';
import { textInSentence } from './user-text.js';

/** The sensitive-data sentences of one flow, where it has data the region counts as sensitive. */
export function sensitiveStatements(ctx: StatementContext, fc: FlowContext): void {
  const { s, loc, region, tax, flows, options, dataList, citeOf, built } = ctx;
  const { flow, purpose } = fc;
  const sens = flow.data.filter((d) => isSensitive(tax, region, d));
  if (!sens.length) return;
  const sdata = dataList(sens);
  const sat = (extra: Partial<Assertion>): Assertion => ({ kind: 'sensitive', flows: [flow.id], data: sens, purpose: flow.purpose, ...extra });
  if (underGdpr(region)) {
    const c = flow.sensitive?.gdprCondition;
    // The special category named (data concerning health): the data's top category under `user` (review EU-6).
    const category = loc.list([...new Set(sens.map((d) => d.split('.').slice(0, 2).join('.')))].filter((k) => tax.data.has(k)).map((k) => loc.label('data', k)));
    if (c) s.sensitiveBasis.push({ key: 'statement.sensitiveCondition', values: { data: sdata, purpose, condition: loc.t(`gdprCondition.${c}`), category }, claims: [], flow: flow.id, asserts: sat({ condition: c }) });
    else built.missingConditions.push(flow.id);
  }
  const permitted = flow.sensitive?.ccpaPermitted ?? [];
  if (region.sensitivity === 'ccpa' && permitted.length) {
    const paragraphs = loc.list(permitted.map((m) => `(m)(${m.slice(1)})`));
    // The §7027(m) paragraphs cited as the text's language cites 11 CCR (review CA-10).
    const laws = new Map(Object.entries(region.laws ?? {}));
    const article = laws.has('ccr11') ? formatCitation(parseCitation(`ccr11 ${permitted.map((m) => `7027(m)(${m.slice(1)})`).join(', ')}`, laws), loc.lng) : '';
    // Inside this sentence's brackets, the form without brackets of its own.
    const named = loc.list(sens.map((d) => sensitiveItem(tax, region, loc, d, flows.flatMap((f) => f.data), 'statement.ccpaSensitiveWithInline')));
    s.sensitivePermitted.push({ key: 'statement.sensitivePermitted', values: { data: named, paragraphs, article }, claims: [], flow: flow.id, asserts: sat({ permitted }) });
  }
  // The sentence ends it: a closing mark (full stop, "!" or "?") of the free text is dropped.
  const effect = textInSentence(flow.sensitive?.effect, loc.lng, options.language, 'sentenceEnd');
  // A separate consent is stated only where it is recorded (the flow's consent.separate, or the
  // template's record listing `sensitive`), never for data
  // handled on a contract with no consent collected (review CN-2; PIPL Art. 29, 13(2)).
  // Where the region states the separate consents in a sentence of their own (PIPL Art. 23, 29, 39:
  // `separate_consent`, which cites Art. 29 for sensitive data), this sentence does not repeat it
  // (review CN3-4).
  const statedApart = region.elements.some((e) => e.snippet === 'separate_consent');
  const asks = !statedApart && separateConsentsOf(flow, region, tax, options.separate).includes('sensitive');
  s.sensitiveEffect.push(
    effect
      ? { key: asks ? 'statement.sensitiveEffect' : 'statement.sensitiveEffectNoConsent', values: { data: sdata, purpose, effect, article: citeOf('sensitive_necessity') }, claims: [], flow: flow.id, asserts: sat({ effect: true }) }
      : { key: asks ? 'clause.sensitiveNecessity' : 'clause.sensitiveNecessityNoConsent', values: { data: sdata, purpose, article: citeOf('sensitive_necessity') }, claims: [], flow: flow.id, asserts: sat({}) },
  );
}

/**
 * A sensitive datum as the notice names it. Under the CCPA, one that is sensitive only together with
 * other data the template has (§1798.140(ae)(1)(B): taxonomy `ccpaWith`) is named as its category with
 * them: "account log-in credentials (your phone number with the one-time passcode)" (review 3 CA-m1).
 */
export function sensitiveItem(tax: Taxonomy, region: RegionProfile, loc: Localizer, d: string, allData: readonly string[], key = 'statement.ccpaSensitiveWith'): string {
  const entry = tax.data.get(d);
  const along = (entry?.ccpaWith ?? []).filter((w) => allData.includes(w));
  if (region.sensitivity !== 'ccpa' || !along.length || !entry?.ccpa || !loc.has(`ccpaSensitive.${entry.ccpa}`)) return loc.label('data', d);
  const combination = loc.t('clause.ccpaCombination', { data: loc.list(along.map((w) => loc.label('data', w))), label: loc.label('data', d) });
  return loc.t(key, { category: loc.t(`ccpaSensitive.${entry.ccpa}`), data: combination });
}
