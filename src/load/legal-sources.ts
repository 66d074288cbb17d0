/**
 * Where every requirement in the region profiles comes from: for each profile, its laws (official
 * title, official text, date checked) and each element, legal basis and transfer mechanism with the
 * provisions it cites and their headings, plus what the profile marks as unsettled. Source of
 * docs/legal-sources.md (scripts/legal-sources.mjs) and of the test that every element has a source.
 */
import { citedArticles, formatCitation, type Citation, type LawInfo } from '../render/citation.js';
import type { RegionProfile } from '../model/types.js';

/** A provision's heading as the law gives it, or undefined when the profile records none. */
function heading(law: LawInfo, article: string, unit?: string): string | undefined {
  return law.articles[unit ? `${unit}:${article}` : article];
}

/**
 * What is missing for a profile's sources to be complete: an element without a citation of its own
 * law (or a `practice:` reason), a cited law without official URL or date checked, a cited
 * provision without its heading. A group (sea) cites no statute and is not checked.
 */
export function sourceProblems(profile: RegionProfile): string[] {
  if (profile.members.length) return [];
  const out: string[] = [];
  const checkCitation = (where: string, c: Citation | undefined) => {
    if (!c || c.parts.length === 0) {
      out.push(`${profile.id}: ${where} has no structured citation`);
      return;
    }
    for (const { law, article, unit } of citedArticles(c)) {
      if (!law.url.startsWith('https://')) out.push(`${profile.id}: ${where}: law ${law.id} has no https official URL`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(law.checked)) out.push(`${profile.id}: ${where}: law ${law.id} has no date checked`);
      if (!heading(law, article, unit)) out.push(`${profile.id}: ${where}: ${law.id} ${unit ? `${unit}:` : ''}${article} has no heading under laws.${law.id}.articles`);
    }
  };
  for (const el of profile.elements) {
    if (el.practice) continue;
    checkCitation(`element ${el.id}`, el.citation);
    if (el.citation && !el.source) out.push(`${profile.id}: element ${el.id} has no source`);
  }
  for (const [k, c] of Object.entries(profile.citations?.basis ?? {})) checkCitation(`legal basis ${k}`, c);
  for (const [k, c] of Object.entries(profile.citations?.mechanism ?? {})) checkCitation(`mechanism ${k}`, c);
  if (profile.citations?.rights) checkCitation('rights sentence', profile.citations.rights);
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function provisions(c: Citation | undefined): string {
  if (!c || c.parts.length === 0) return '';
  return citedArticles(c)
    .map(({ law, article, unit }) => `${law.id} ${unit ? `${unit} ` : ''}${article}: ${heading(law, article, unit) ?? '(no heading recorded)'}`)
    .filter((v, i, all) => all.indexOf(v) === i)
    .join('; ');
}

/** docs/legal-sources.md for these profiles (ours), in the catalog's order. */
export function legalSourcesMarkdown(profiles: RegionProfile[]): string {
  const lines: string[] = [
    '# Legal sources of the region profiles',
    '',
    '<!-- Generated from regions/*.yaml by `npm run docs:legal-sources`; do not edit by hand. A test fails when this file is stale or an element lacks a source. -->',
    '',
    'Every element, legal basis and transfer mechanism a region profile cites, with the official text,',
    'the heading of each cited provision in the law\'s original language (or of its chapter, where',
    'provisions have none) and the date the text was last checked against the law in force. Citations',
    'are shown in English here; clauses write them in their own language (`locales/<lng>/citation.yaml`).',
    'Where the law is unsettled, the profile says so and the review pack shows it. Drafted for legal',
    'review, not legal advice.',
    '',
  ];
  for (const p of profiles) {
    lines.push(`## ${p.name} (\`${p.id}\`)`, '');
    if (p.members.length) {
      lines.push(`A group: it means each member's own requirements (${p.members.join(', ')}) and cites no statute itself.`, '');
      continue;
    }
    const laws = Object.values(p.laws ?? {});
    if (laws.length) {
      lines.push('| law | official title | official text | checked |', '|---|---|---|---|');
      for (const l of laws) lines.push(`| \`${l.id}\` | ${cell(l.title)} | <${l.url}> | ${l.checked} |`);
      lines.push('');
    }
    lines.push('| element | cites | provisions and headings | unsettled |', '|---|---|---|---|');
    for (const el of p.elements) {
      const cites = el.practice ? `no statutory source: ${el.practice}` : el.article;
      lines.push(`| ${el.id} | ${cell(cites)} | ${cell(provisions(el.citation))} | ${cell(el.unsettled ?? '')} |`);
    }
    lines.push('');
    const rows: string[] = [];
    for (const [k, c] of Object.entries(p.citations?.basis ?? {})) rows.push(`| legal basis \`${k}\` | ${cell(formatCitation(c, 'en'))} | ${cell(provisions(c))} | ${cell(p.unsettled?.[`basis.${k}`] ?? '')} |`);
    for (const [k, c] of Object.entries(p.citations?.mechanism ?? {})) rows.push(`| mechanism \`${k}\` | ${cell(formatCitation(c, 'en'))} | ${cell(provisions(c))} | ${cell(p.unsettled?.[`mechanism.${k}`] ?? '')} |`);
    if (p.citations?.rights) rows.push(`| rights sentence | ${cell(formatCitation(p.citations.rights, 'en'))} | ${cell(provisions(p.citations.rights))} | |`);
    if (rows.length) lines.push('| basis / mechanism | cites | provisions and headings | unsettled |', '|---|---|---|---|', ...rows, '');
    const other = Object.entries(p.unsettled ?? {}).filter(([k]) => !k.startsWith('basis.') && !k.startsWith('mechanism.'));
    if (other.length) {
      lines.push('Also unsettled:', '');
      for (const [k, v] of other) lines.push(`- ${k}: ${v}`);
      lines.push('');
    }
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
