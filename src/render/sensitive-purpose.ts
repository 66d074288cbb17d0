/**
 * Data a law lists as sensitive for what they are used for, not for what they are: Vietnam, Decree
 * 356/2025/NĐ-CP Điều 4 khoản 1 điểm l, "Dữ liệu theo dõi hành vi, hoạt động sử dụng dịch vụ viễn thông,
 * mạng xã hội, dịch vụ truyền thông trực tuyến và các dịch vụ khác trên không gian mạng" (review 5 VN3-4).
 * A region's `sensitiveForPurposes` names the purposes (a taxonomy key and those under it), the data
 * categories and the provision. The sensitive-data sentence names those data of the clause's flows for
 * those purposes with the words that say what they are used for ("mã định danh thiết bị và lịch sử đặt
 * hàng dùng để quảng cáo theo hành vi"), and cites the provision; the same data used for another purpose
 * in the clause are not called sensitive.
 */
import type { Flow, RegionElement, RegionProfile } from '../model/types.js';
import { formatCitation, mergeCitations, sensitiveCitation, type Citation } from './citation.js';
import type { Localizer } from './localizer.js';

declare module '../model/types.js' {
  interface RegionProfile {
    /** Data sensitive for the purpose they serve (Decree 356/2025/NĐ-CP Điều 4 khoản 1 điểm l; review 5 VN3-4). */
    sensitiveForPurposes?: SensitiveForPurpose[];
  }
}

export interface SensitiveForPurpose {
  /** Purpose keys; a flow whose purpose is one of them or under one is reached. */
  purposes: string[];
  /** Data category keys; a datum that is one of them or under one is reached. */
  data: string[];
  /** The provision that lists such data. */
  citation: Citation;
  /** Per locale, what the data are used for, written after them ("dùng để quảng cáo theo hành vi"). */
  use: Record<string, string>;
}

/** A rule that reaches some of the clause's flows, with the data it reaches (each once, in the flows' order). */
export interface PurposeSensitive {
  rule: SensitiveForPurpose;
  data: string[];
}

const under = (key: string, parents: readonly string[]): boolean => parents.some((p) => key === p || key.startsWith(`${p}.`));

export function purposeSensitive(region: Pick<RegionProfile, 'sensitiveForPurposes'>, flows: readonly Flow[]): PurposeSensitive[] {
  const out: PurposeSensitive[] = [];
  for (const rule of region.sensitiveForPurposes ?? []) {
    const data: string[] = [];
    for (const f of flows) {
      if (!under(f.purpose, rule.purposes)) continue;
      for (const d of f.data) if (under(d, rule.data) && !data.includes(d)) data.push(d);
    }
    if (data.length) out.push({ rule, data });
  }
  return out;
}

/** Each reached group as the sentence names it: its data, then what they are used for in this locale. */
export function purposeSensitiveItems(found: readonly PurposeSensitive[], loc: Localizer): string[] {
  return found.map(({ rule, data }) => {
    const use = rule.use[loc.lng];
    const list = loc.list(data.map((d) => loc.label('data', d)));
    return use ? `${list} ${use}` : list;
  });
}

/**
 * The sensitive-data sentence's citation: the provision of each category it names (sensitiveArticles),
 * the provisions of the purpose rules it states, then the element's own cite (Điều 6 khoản 4).
 */
export function sensitiveSentenceCitation(region: RegionProfile, el: RegionElement, data: readonly string[], found: readonly PurposeSensitive[], lng: string): string | undefined {
  if (!found.length) return sensitiveCitation(region, el, data, lng);
  const table = region.citations?.sensitive ?? {};
  const cs: Citation[] = [];
  for (const d of data) {
    const key = Object.keys(table)
      .filter((k) => d === k || d.startsWith(`${k}.`))
      .sort((a, b) => b.length - a.length)[0];
    if (key) cs.push(table[key]!);
  }
  cs.push(...found.map((f) => f.rule.citation));
  if (el.textCitation) cs.push(el.textCitation);
  return formatCitation(mergeCitations(cs), lng);
}

/**
 * What the review pack shows as the sensitive-data element's citation (review 6 VN6-5): the element's
 * own, without the category points of data the clause does not name, and with the purpose rules' points
 * it states: the payment receipt cites điểm k, not điểm d and điểm k. Undefined where nothing changes.
 */
export function sensitiveElementCitation(region: RegionProfile, el: RegionElement, data: readonly string[], found: readonly PurposeSensitive[], lng: string): string | undefined {
  if (!el.citation) return undefined;
  const table = region.citations?.sensitive ?? {};
  const key = (p: unknown) => JSON.stringify(p);
  const named = new Set<string>();
  const listed = new Set<string>();
  for (const [k, c] of Object.entries(table)) {
    const hit = data.some((d) => d === k || d.startsWith(`${k}.`));
    for (const part of c.parts) for (const p of part.provisions) (hit ? named : listed).add(`${part.law.id} ${key(p)}`);
  }
  for (const rule of region.sensitiveForPurposes ?? []) for (const part of rule.citation.parts) for (const p of part.provisions) listed.add(`${part.law.id} ${key(p)}`);
  const dropped = (lawId: string, p: unknown) => listed.has(`${lawId} ${key(p)}`) && !named.has(`${lawId} ${key(p)}`);
  const own: Citation = { parts: el.citation.parts.map((part) => ({ law: part.law, provisions: part.provisions.filter((p) => !dropped(part.law.id, p)) })).filter((part) => part.provisions.length) };
  const narrowed = mergeCitations([...found.map((f) => f.rule.citation), own]);
  const text = formatCitation(narrowed, lng);
  return text === formatCitation(el.citation, lng) ? undefined : text;
}
