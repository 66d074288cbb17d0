/**
 * The templates Meta gets for several markets, as a set Meta accepts: Meta keeps one template per
 * WhatsApp Business Account, name and language, so each market's template gets its own name
 * (`<id>_<region>`) when there are several, and two with one name and language are refused. The
 * footer is written in the template's language (never in another: Meta rejects a template whose
 * text is not in its declared language); when disclose has no wording in that language it writes
 * none and says so. A footer Meta's JSON already had is combined with the disclosure when both
 * fit, else the disclosure is written and the choice reported. Authentication templates take no
 * text of their own: no disclosure footer, and a note on where the disclosure goes instead.
 */
import type { Finding, Severity } from '../check/finding.js';
import { DiscloseError } from '../errors.js';
import type { Template } from '../model/types.js';
import type { Project, Target } from '../project.js';
import { characterCount } from '../render/message-length.js';
import { toMetaLanguage } from './language.js';
import type { MetaTemplate } from './meta-template.js';
import { passthrough, toMeta } from './to-meta.js';

/** Between an existing footer and the disclosure when both are written. */
export const FOOTER_JOIN = ' · ';

/** The catalog locale the footer of a template in `language` is written in: the same, else the same base language. */
export function footerLocale(locales: readonly string[], language: string): string | undefined {
  if (locales.includes(language)) return language;
  const base = language.split('-')[0]!.toLowerCase();
  return locales.find((l) => l.toLowerCase() === base) ?? locales.find((l) => l.split('-')[0]!.toLowerCase() === base && !['zh'].includes(base));
}

/** The existing footer and the disclosure in one footer when they fit the limit; else the disclosure, and a note. */
export function combineFooter(existing: string | undefined, disclosure: string | undefined, limit: number): { text: string | undefined; replaced?: string } {
  if (!existing?.trim()) return { text: disclosure };
  if (!disclosure?.trim()) return { text: existing };
  if (existing.includes(disclosure)) return { text: existing };
  const joined = `${existing}${FOOTER_JOIN}${disclosure}`;
  if (characterCount(joined) <= limit) return { text: joined };
  return { text: disclosure, replaced: existing };
}

/** A Meta template name for a market: the id, and the region when the set has several markets. */
export function marketName(id: string, region: string, several: boolean): string {
  return several ? `${id}_${region.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}` : id;
}

export interface MarketTemplate {
  region: string;
  /** The locale the footer is written in, or undefined when none could be. */
  locale: string | undefined;
  template: MetaTemplate;
  findings: Finding[];
}

function note(t: Template, region: string, severity: Severity, messageId: string, message: string, fix?: string): Finding {
  const pos = t.positions['footer'] ?? t.positions['language'] ?? t.positions['id'];
  return { ruleId: 'meta-footer', severity, messageId, message, data: {}, file: t.file, line: pos?.line ?? 1, column: pos?.column ?? 1, region, template: t.id, ...(fix ? { fix } : {}) };
}

/** One market's template: the footer in the template's language, combined with Meta's own footer where it fits. */
export function marketTemplate(project: Project, t: Template, region: string, name: string, rendered?: { locale: string; footer: string; findings: Finding[] }): MarketTemplate {
  const findings: Finding[] = [];
  const limit = project.catalog.channels.get('whatsapp')?.footer.maxLength ?? 60;
  const existing = passthrough(t).footer?.['text'] as string | undefined;
  if (t.category === 'authentication') {
    findings.push(note(t, region, 'warning', 'authentication', `authentication template: Meta takes only its preset text (body, expiry footer, OTP button), so no disclosure footer is sent for ${region}; show the disclosure where the person asks for the code, and keep the clause in the privacy policy`, 'See docs/meta.md, "Authentication templates".'));
    return { region, locale: undefined, template: toMeta(t, undefined, { name }), findings };
  }
  let locale = rendered?.locale;
  let disclosure = rendered?.footer;
  if (!rendered) {
    locale = footerLocale(project.catalog.locales, t.language);
    if (locale === undefined) {
      findings.push(note(t, region, 'warning', 'language', `disclose has no wording in ${t.language}, the template's language: no disclosure footer was written for ${region}${existing ? ' (Meta\'s own footer is kept)' : ''}`, `Add locales/${t.language}/ (docs/translating.md), or write the footer in ${t.language} under footer:.`));
    } else {
      const out = project.render(t, { region: project.catalog.region(region), locale } as Target);
      disclosure = out.footer.text;
      findings.push(...out.findings);
    }
  } else findings.push(...rendered.findings);
  const combined = t.footer !== undefined ? { text: disclosure } : combineFooter(existing, disclosure, limit);
  if (combined.replaced !== undefined) {
    findings.push(note(t, region, 'warning', 'replaced', `Meta's footer "${combined.replaced}" and the disclosure footer do not fit together in ${limit} characters; the disclosure was written for ${region}, Meta's footer was not`, 'Move that text into the body or a quick-reply button, or shorten it, so both fit.'));
  } else if (existing && combined.text !== existing && combined.text !== disclosure) {
    findings.push(note(t, region, 'info', 'combined', `Meta's footer "${existing}" is kept before the disclosure footer for ${region}`));
  }
  return { region, locale, template: toMeta(t, combined.text, { name }), findings };
}

/**
 * What `meta` writes differently from the Meta JSON the template was imported from (besides the
 * footer, which the findings cover): a legacy category, response fields, an authentication
 * template's own text.
 */
export function metaChanges(t: Template): string[] {
  const kept = passthrough(t);
  const out: string[] = [];
  if (kept.category) out.push(`category written as ${t.category.toUpperCase()}; Meta had the legacy ${kept.category}`);
  if (kept.response && Object.keys(kept.response).length) out.push(`meta.response (${Object.keys(kept.response).join(', ')}) is not sent: only Meta's responses carry it`);
  if (t.category === 'authentication' && (t.header !== undefined || kept.header !== undefined)) out.push("authentication template: its header is not sent (Meta's form has none)");
  return out;
}

/** The templates for several markets, one name and language each; two alike are refused. */
export function marketSet(project: Project, t: Template, regions: readonly string[], rendered?: ReadonlyMap<string, { locale: string; footer: string; findings: Finding[] }>): MarketTemplate[] {
  const several = regions.length > 1;
  const out = regions.map((r) => marketTemplate(project, t, r, marketName(t.id, r, several), rendered?.get(r)));
  checkSubmittable(out.map((m) => ({ name: m.template.name, language: m.template.language, where: `${t.id} for ${m.region}` })), t);
  return out;
}

/** Refuses two templates with one name and language (Meta keeps one per account, name and language). */
export function checkSubmittable(entries: ReadonlyArray<{ name: string; language: string; where: string }>, t?: Template): void {
  const seen = new Map<string, string>();
  for (const e of entries) {
    if (e.name.length > 512) throw new DiscloseError('E_SCHEMA', `the template name "${e.name.slice(0, 40)}…" (${e.where}) is longer than Meta's 512 characters`, t?.positions['id'] ?? {}, 'Shorten the template id.');
    const key = `${e.name}\u0000${toMetaLanguage(e.language)}`;
    const prior = seen.get(key);
    if (prior) throw new DiscloseError('E_DUPLICATE_ID', `${e.where} and ${prior} would both be "${e.name}" in ${e.language}; Meta keeps one template per account, name and language`, t?.positions['id'] ?? {}, 'Give the templates or regions different ids, or submit them to different accounts.');
    seen.set(key, e.where);
  }
}
