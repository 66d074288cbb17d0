/**
 * Shared checks for the members of the `sea` group (issue 17): every member cites its own law for
 * every element, basis and mechanism, in the language of the text, and never another member's.
 */
import { expect } from 'vitest';
import type { RegionProfile } from '../../src/model/types.js';
import { citedLaws, formatCitation, type Citation } from '../../src/render/citation.js';
import path from 'node:path';
import { run } from '../../src/cli.js';
import { EXAMPLES, examples } from '../helpers/examples.js';

export const MEMBERS = ['sg', 'my', 'th', 'id', 'ph', 'vn'] as const;
export type Member = (typeof MEMBERS)[number];

/**
 * How each member's statutes show in text, in any language (its own names, abbreviations and the
 * prose forms the profiles used before issue 17). A text rendered for another member must hold none.
 */
export const STATUTE_MARKERS: Record<Member, RegExp> = {
  sg: /PDPA 2012|Personal Data Protection Act 2012|Personal Data Protection Regulations 2021|PDP Regulations 2021|Transfer Limitation Regulations|SG PDPA/,
  my: /Act 709|Akta 709|Akta Perlindungan Data Peribadi|Personal Data Protection Act 2010|MY PDPA/,
  th: /B\.E\. 2562|พ\.ศ\. 2562|พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล|TH PDPA/,
  id: /UU PDP|Nomor 27 Tahun 2022|Law No\. 27 of 2022/,
  ph: /Data Privacy Act|Republic Act No\. 10173|RA 10173|IRR/,
  vn: /91\/2025|356\/2025|13\/2023|Luật Bảo vệ dữ liệu cá nhân|Nghị định số|Law on Personal Data Protection/,
};

export interface Rendered {
  template: string;
  locale: string;
  footer: string;
  clause: string;
  companions: string[];
  elements: Array<{ id: string; article: string; citation: string; written: boolean; unsettled?: string }>;
}

/** Every example rendered for the member, in each of its locales. */
export function renderMember(member: Member): { region: RegionProfile; renders: Rendered[] } {
  const { catalog, org, templates, renderer } = examples();
  const region = catalog.region(member);
  const renders: Rendered[] = [];
  for (const t of templates) {
    for (const locale of region.locales) {
      const res = renderer.render(t, region, locale, org);
      renders.push({
        template: t.id,
        locale,
        footer: res.footer.text,
        clause: res.clause.text,
        companions: res.clause.companions.map((c) => c.text),
        elements: res.clause.elements.map((e) => ({ id: e.id, article: e.article, citation: e.citation, written: e.written, ...(e.unsettled ? { unsettled: e.unsettled } : {}) })),
      });
    }
  }
  return { region, renders };
}

export function find(renders: Rendered[], template: string, locale?: string): Rendered {
  const r = renders.find((x) => x.template === template && (locale === undefined || x.locale === locale));
  if (!r) throw new Error(`no render of ${template}${locale ? ` in ${locale}` : ''}`);
  return r;
}

/** The lines of a clause that contain `needle`. */
export function linesWith(text: string, needle: string | RegExp): string[] {
  return text.split('\n').filter((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)));
}

/** Issue 17: the member's profile cites only its own laws, everywhere, and states where it is unsettled. */
export function expectOwnLawOnly(member: Member): void {
  const { region, renders } = renderMember(member);
  const own = new Set(Object.keys(region.laws ?? {}));
  expect(own.size, `${member} declares its own laws`).toBeGreaterThan(0);
  const cites = (what: string, c: Citation | undefined) => {
    if (!c) return;
    for (const law of citedLaws(c)) expect(own.has(law), `${member} ${what} cites ${law}`).toBe(true);
  };
  for (const el of region.elements) {
    // Each element the member keeps carries its own citation, or says why it has none (practice).
    expect(el.citation !== undefined || el.practice !== undefined, `${member} element ${el.id} has its own citation or a practice note`).toBe(true);
    cites(`element ${el.id}`, el.citation);
    cites(`element ${el.id} (text)`, el.textCitation);
    expect(el.article, `${member} element ${el.id}`).not.toMatch(/each member's own law/);
    if (el.source) {
      expect(el.source.url).toMatch(/^https:\/\//);
      expect(el.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  }
  for (const [k, c] of Object.entries(region.citations?.basis ?? {})) cites(`basis ${k}`, c);
  for (const [k, c] of Object.entries(region.citations?.mechanism ?? {})) cites(`mechanism ${k}`, c);
  cites('rights', region.citations?.rights);
  for (const law of Object.values(region.laws ?? {})) {
    expect(law.url, `${member} ${law.id} url`).toMatch(/^https:\/\//);
    expect(law.checked, `${member} ${law.id} checked`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(law.title.length, `${member} ${law.id} title`).toBeGreaterThan(0);
  }
  // Neither the rendered text nor the element articles (English or the text's language) cite another member's law.
  const others = MEMBERS.filter((m) => m !== member);
  for (const r of renders) {
    const texts = [r.footer, r.clause, ...r.companions, ...r.elements.flatMap((e) => [e.article, e.citation])];
    for (const other of others) {
      for (const text of texts) expect(text, `${member} ${r.template} ${r.locale} cites ${other}'s law`).not.toMatch(STATUTE_MARKERS[other]);
    }
  }
  for (const el of region.elements) for (const other of others) expect(el.article, `${member} element ${el.id}`).not.toMatch(STATUTE_MARKERS[other]);
}

/** The findings of `disclose check <file> --region <region>` (JSON). */
export async function checkFindings(file: string, region: string): Promise<Array<{ ruleId: string; messageId: string; message: string; line: number }>> {
  let out = '';
  await run(['check', path.join(EXAMPLES, file), '--region', region, '--org', path.join(EXAMPLES, 'organization.yaml'), '--format', 'json'], { stdout: (t) => (out += t), stderr: () => {}, cwd: EXAMPLES, isTTY: false });
  return JSON.parse(out) as Array<{ ruleId: string; messageId: string; message: string; line: number }>;
}

/** A citation written in `lng` (for assertions on the exact native form). */
export function cite(region: RegionProfile, kind: 'basis' | 'mechanism', key: string, lng: string): string {
  const c = region.citations?.[kind][key];
  if (!c) throw new Error(`${region.id} has no ${kind} citation for ${key}`);
  return formatCitation(c, lng);
}

/** The element of a render, which must exist. */
export function element(r: Rendered, id: string): Rendered['elements'][number] {
  const el = r.elements.find((e) => e.id === id);
  if (!el) throw new Error(`${r.template} ${r.locale}: no element ${id} (have ${r.elements.map((e) => e.id).join(', ')})`);
  return el;
}
