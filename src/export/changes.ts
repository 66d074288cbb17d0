/** What changed since a previous export: new, changed and removed footers and clauses, with diffs. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { unifiedDiff } from '../format/unified-diff.js';
import { escapeHtml as h } from './html-escape.js';
import type { ExportRecord, ExportResult, SummaryRow } from './model.js';
import { dataName } from './names.js';
import { readExportRecord } from './read-pack.js';

interface Entry {
  kind: 'new' | 'changed' | 'removed';
  row: Pick<SummaryRow, 'template' | 'region' | 'locale'>;
  diff: string;
}

export class ChangeLog {
  private readonly entries: Entry[] = [];
  private cached: { name: string; record: ExportRecord | undefined } | undefined;

  constructor(private readonly prevDir: string) {}

  added(row: SummaryRow): void {
    this.entries.push({ kind: 'new', row, diff: '' });
  }

  removed(row: SummaryRow): void {
    this.entries.push({ kind: 'removed', row, diff: '' });
  }

  changed(row: SummaryRow, before: SummaryRow, now: ExportResult): void {
    const old = this.previous(row.template)?.results.find((r) => r.region === row.region && r.locale === row.locale);
    const label = `${row.template} · ${row.region} · ${row.locale}`;
    const parts: string[] = [];
    if (before.footerHash !== row.footerHash) parts.push(unifiedDiff(old?.footer.text ?? before.footer, now.footer.text, `${label} footer (before)`, `${label} footer (now)`));
    if (before.clauseHash !== row.clauseHash) {
      const text = (r: ExportResult | undefined) => (r ? [r.clause.text, ...r.clause.companions.map((c) => c.text)].join('\n') : '');
      parts.push(unifiedDiff(text(old), text(now), `${label} clause (before)`, `${label} clause (now)`));
    }
    this.entries.push({ kind: 'changed', row, diff: parts.filter(Boolean).join('\n') });
  }

  private previous(template: string): ExportRecord | undefined {
    const name = dataName(template);
    if (this.cached?.name !== name) {
      const file = path.join(this.prevDir, 'data', name);
      this.cached = { name, record: existsSync(file) ? readExportRecord(file) : undefined };
    }
    return this.cached.record;
  }

  private sorted(): Entry[] {
    const order = { changed: 0, new: 1, removed: 2 };
    return [...this.entries].sort((a, b) => order[a.kind] - order[b.kind] || `${a.row.template}|${a.row.region}|${a.row.locale}`.localeCompare(`${b.row.template}|${b.row.region}|${b.row.locale}`));
  }

  markdown(): string {
    const out = ['# Changes since the last review', ''];
    const count = (k: Entry['kind']) => this.entries.filter((e) => e.kind === k).length;
    out.push(`${count('changed')} changed, ${count('new')} new, ${count('removed')} removed.`, '');
    for (const e of this.sorted()) {
      out.push(`## ${e.kind}: ${e.row.template} · ${e.row.region} · ${e.row.locale}`, '');
      // A fence longer than any run of backticks in the diff, so clause text cannot close it.
      let run = 2;
      for (const m of e.diff.matchAll(/`+/g)) run = Math.max(run, m[0].length);
      const fence = '`'.repeat(run + 1);
      if (e.diff) out.push(`${fence}diff`, e.diff.trimEnd(), fence, '');
    }
    return `${out.join('\n')}\n`;
  }

  html(): string {
    if (this.entries.length === 0) return '<h2 id="changes">Changes since the last review</h2>\n<p>No changes.</p>\n';
    const items = this.sorted().map((e) => {
      const diff = e.diff
        ? `<pre>${e.diff
            .trimEnd()
            .split('\n')
            .map((l) => (l.startsWith('+') && !l.startsWith('+++') ? `<ins>${h(l)}</ins>` : l.startsWith('-') && !l.startsWith('---') ? `<del>${h(l)}</del>` : h(l)))
            .join('\n')}</pre>`
        : '';
      return `<li><span class="badge">${e.kind}</span> ${h(e.row.template)} · ${h(e.row.region)} · ${h(e.row.locale)}${diff}</li>`;
    });
    return `<h2 id="changes">Changes since the last review</h2>\n<ul>\n${items.join('\n')}\n</ul>\n`;
  }
}
