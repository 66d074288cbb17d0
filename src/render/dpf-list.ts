/**
 * The recipients whose certification under the EU-U.S. Data Privacy Framework a clause states, with when their
 * entry on the DPF List was last checked as the data record it (`dpfChecked` on the recipient or its
 * sub-processor; review 9 EU9-1). The one source every note about that check is written from: the clause's
 * `mechanism.dpf` note, the review pack's transfer cells, and rule dpf-list-check. The adequacy decision covers
 * only organisations on the List (Commission Implementing Decision (EU) 2023/1795, Art. 1), and an organisation
 * that does not re-certify every year is removed from it (transfers/eu-adequacy.yaml, US entry, with sources).
 */
import type { DpfCheck, Organization, Recipient } from '../model/types.js';

/** A certification the clause states: of a recipient (ours to it on the DPF) or of its sub-processor (its onward transfer). */
export interface DpfStated {
  /** The certified organisation as the clause names it (the legal person). */
  name: string;
  /** `dpfChecked` as recorded: the day the entry was checked active (YYYY-MM-DD), "not checked", or undefined when the data record nothing. */
  checked: string | undefined;
  /** The entry's next re-certification due date, where the check records it (review 11 L11-6). */
  due?: string;
  /** The flow whose transfer the clause states with it. */
  flow: string;
  /** Whether it is the recipient's sub-processor (`subProcessor.dpfChecked`) rather than the recipient itself. */
  sub: boolean;
}

/**
 * The certification a recipient's statement names: the recipient's own, or its sub-processor's, with the later of
 * the check the data record on it and the organization's record for that name (organization.yaml `dpfChecked`).
 */
export function dpfStatedOf(r: Recipient, flow: string, sub: boolean, fallbackName: string, org?: Organization): DpfStated {
  const name = sub ? r.subProcessor!.name : (r.legalName ?? r.name ?? fallbackName);
  const check = laterCheck(asCheck(sub ? r.subProcessor!.dpfChecked : r.dpfChecked), asCheck(org?.dpfChecked?.[name]));
  return { name, checked: check.checked, ...(check.due ? { due: check.due } : {}), flow, sub };
}

/** A recorded check in one shape: the day (or "not checked") and the due date, if any. */
function asCheck(c: DpfCheck | undefined): { checked?: string; due?: string } {
  if (c === undefined) return {};
  return typeof c === 'string' ? { checked: c } : { checked: c.checked, ...(c.due ? { due: c.due } : {}) };
}

/** Of two records of a check, the one with the later day (with its due date); else whichever says something ("not checked"). */
function laterCheck(a: { checked?: string; due?: string }, b: { checked?: string; due?: string }): { checked?: string; due?: string } {
  const da = checkedDate(a.checked);
  const db = checkedDate(b.checked);
  if (da && db) return da >= db ? a : b;
  if (da) return a;
  if (db) return b;
  return a.checked !== undefined ? a : b;
}

/** A date of `dpfChecked` (YYYY-MM-DD), or undefined for "not checked" and for nothing recorded. */
export function checkedDate(checked: string | undefined): string | undefined {
  return checked !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(checked) ? checked : undefined;
}

/** "active on 2026-12-07" (", re-certification due 2027-01-15"), "not checked" or "not recorded": the check as the data record it. */
export function checkedPhrase(checked: string | undefined, due?: string): string {
  const date = checkedDate(checked);
  return date ? `active on ${date}${due ? `, re-certification due ${due}` : ''}` : checked === undefined ? 'not recorded' : 'not checked';
}

/** Each organisation once, in the order the clause states them. */
export function uniqueStated(stated: readonly DpfStated[]): DpfStated[] {
  const seen = new Map<string, DpfStated>();
  for (const s of stated) if (!seen.has(s.name)) seen.set(s.name, s);
  return [...seen.values()];
}

/** "DPF List entry checked (as the data record it, dpfChecked): Zendesk, Inc.: not checked; …", or '' for none. */
export function dpfCheckLine(stated: readonly DpfStated[]): string {
  const all = uniqueStated(stated);
  if (!all.length) return '';
  return `DPF List entry checked (as the data record it, dpfChecked): ${all.map((s) => `${s.name}: ${checkedPhrase(s.checked, s.due)}`).join('; ')}.`;
}

/** For one organisation, in a pack cell: "its DPF List entry checked: not checked (dpfChecked)". */
export function dpfEntryNote(stated: Pick<DpfStated, 'checked' | 'due'>): string {
  return `its DPF List entry checked: ${checkedPhrase(stated.checked, stated.due)} (dpfChecked)`;
}
