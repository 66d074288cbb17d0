/** A render result as text for a person: footer, clause, findings. */
import type { RenderOutput } from '../project.js';
import { formatFindingsText } from './findings-text.js';
import { printable } from './printable.js';

export function formatRenderText(results: RenderOutput[], cwd: string): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`── ${r.template} · ${r.region} · ${r.locale} (${r.channel}) ──`);
    // No footer where the channel takes none of ours for the category (rule footer-not-allowed says why).
    if (r.footer.variant === 'none') out.push('Footer: none (the channel takes no footer text of ours for this template category; see the findings)');
    else {
      out.push(`Footer (${r.footer.variant}, ${r.footer.length}/${r.footer.limit ?? '∞'} ${r.footer.unit}):`);
      out.push(`  ${r.footer.text}`);
    }
    out.push(`Clause ${r.clause.id}${r.clause.number ? ` §${r.clause.number}` : ''}:`);
    for (const line of r.clause.text.split('\n')) out.push(`  ${line}`);
    for (const c of r.clause.companions) {
      out.push('');
      for (const line of c.text.split('\n')) out.push(`  ${line}`);
    }
    if (r.findings.length) {
      out.push('Findings:');
      for (const line of formatFindingsText(r.findings, cwd).trimEnd().split('\n')) out.push(`  ${line}`);
    }
    out.push('');
  }
  return printable(out.join('\n'));
}

/** The documented JSON shape of one render. */
export function renderJson(r: RenderOutput, cwd: string, findings: (f: RenderOutput['findings'], cwd: string) => unknown): object {
  return {
    template: r.template,
    region: r.region,
    locale: r.locale,
    channel: r.channel,
    footer: { text: r.footer.text, variant: r.footer.variant, length: r.footer.length, limit: r.footer.limit ?? null, unit: r.footer.unit },
    clause: {
      id: r.clause.id,
      number: r.clause.number ?? null,
      title: r.clause.title,
      text: r.clause.text,
      companions: r.clause.companions,
      elements: r.clause.elements.map((e) => ({ id: e.id, article: e.article, citation: e.citation, written: e.written, ...(e.missing.length ? { missing: e.missing } : {}), ...(e.source ? { source: e.source } : {}), ...(e.unsettled ? { unsettled: e.unsettled } : {}), ...(e.notes?.length ? { notes: e.notes } : {}) })),
    },
    claims: { footer: r.footer.claims, clause: r.clause.claims },
    findings: findings(r.findings, cwd),
  };
}
