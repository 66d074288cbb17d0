/**
 * index.html: the matrix of templates × regions and locales, each cell coloured by status with its
 * counts and a link to the detail page. Written row by row.
 */
import { escapeHtml as h } from './html-escape.js';
import { htmlHead } from './html-style.js';
import type { Status, SummaryRow } from './model.js';
import { FileSink, type CopySource } from './file-sink.js';
import { sectionId } from './names.js';

export interface Column {
  region: string;
  locale: string;
}

/** A region's locales the pack did not export (review 10 L10-3). */
export interface OmittedLocales {
  region: string;
  locales: string[];
}

/**
 * The locales of each exported region that no column covers (`export --all-regions` without `--all-locales`
 * exports each region's default locale only: eu's de, fr, es, it, nl and pl, california's es; review 10 L10-3),
 * so the index says so instead of leaving them out silently.
 */
export function omittedLocales(targets: ReadonlyArray<{ region: { id: string; locales: readonly string[] }; locale: string }>): OmittedLocales[] {
  const out: OmittedLocales[] = [];
  for (const t of targets) {
    if (out.some((o) => o.region === t.region.id)) continue;
    const exported = new Set(targets.filter((x) => x.region.id === t.region.id).map((x) => x.locale));
    const locales = t.region.locales.filter((l) => !exported.has(l));
    if (locales.length) out.push({ region: t.region.id, locales });
  }
  return out;
}

/** The index's line naming them: "Locales not exported: eu: also de, fr, … — export with --all-locales to review them." */
export function omittedLine(omitted: readonly OmittedLocales[]): string {
  if (!omitted.length) return '';
  const list = omitted.map((o) => `${h(o.region)}: also ${o.locales.map((l) => h(l)).join(', ')}`).join('; ');
  return `<p class="omitted"><strong>Locales not exported:</strong> ${list} — export with <code>--all-locales</code> to review them.</p>\n`;
}

/**
 * The index's line naming the date the findings were judged as of (review 11 L11-7): a DPF List check
 * that shows no warning holds as of that date only. "Findings judged as of 2026-12-07 (--as-of / asOf;
 * dates checked by rule dpf-list-check)".
 */
export function asOfLine(asOf: string | undefined): string {
  if (!asOf) return '';
  return `<p class="as-of"><strong>Findings judged as of ${h(asOf)}</strong> (<code>--as-of</code> / <code>asOf</code>; dates checked by rule <a href="rules.html#rule-dpf-list-check"><code>dpf-list-check</code></a>)</p>\n`;
}

export class HtmlIndex {
  private sink: FileSink;
  private totals: Record<Status, number> = { clean: 0, warnings: 0, errors: 0 };
  private templates = 0;

  constructor(file: string, private readonly columns: Column[], title: string, note: string, omitted: readonly OmittedLocales[] = [], asOf?: string) {
    this.sink = new FileSink(file);
    const regions = [...new Set(columns.map((c) => c.region))];
    const regionRow = regions.map((r) => `<th colspan="${columns.filter((c) => c.region === r).length}">${h(r)}</th>`).join('');
    const localeRow = columns.map((c) => `<th>${h(c.locale)}</th>`).join('');
    this.sink.write(`${htmlHead(h(title), '')}<h1>${h(title)}</h1>\n<p class="muted">${h(note)}</p>\n${asOfLine(asOf)}${omittedLine(omitted)}<p class="legend"><span class="badge clean">clean</span><span class="badge warnings">warnings</span><span class="badge errors">errors</span></p>\n<table id="matrix">\n<thead>\n<tr><th rowspan="2">template</th>${regionRow}</tr>\n<tr>${localeRow}</tr>\n</thead>\n<tbody>\n`);
  }

  /** One template's row; `cells` in column order (undefined when the template was not rendered there). */
  row(template: string, cells: Array<SummaryRow | undefined>): void {
    this.templates++;
    const tds = cells.map((r) => {
      if (!r) return '<td class="cell">–</td>';
      this.totals[r.status]++;
      const label = r.status === 'clean' ? '✓' : `${r.errors ? `${r.errors} E` : ''}${r.errors && r.warnings ? ' · ' : ''}${r.warnings ? `${r.warnings} W` : ''}`;
      const change = r.change && r.change !== 'unchanged' ? ` <span class="badge">${r.change}</span>` : '';
      const review = r.review ?? 'pending';
      const mark = review === 'signed-off' ? ' <span class="review signed-off">signed off</span>' : review === 'needs-re-review' ? ' <span class="review needs-re-review">re-review</span>' : '';
      const who = review === 'pending' ? 'pending review' : `${review === 'signed-off' ? 'signed off' : 'needs re-review, was signed off'} by ${r.reviewer} on ${r.signedOff}`;
      return `<td class="cell ${r.status}" data-status="${r.status}" data-review="${review}"><a href="pages/${h(r.page)}#${h(sectionId(r.region, r.locale))}" title="${h(`${r.template} · ${r.region} · ${r.locale}: ${r.status}; ${who}`)}">${label}${change}${mark}</a></td>`;
    });
    this.sink.write(`<tr><th>${h(template)}</th>${tds.join('')}</tr>\n`);
  }

  /** Where the next row goes: a template's part of the file is the bytes between two offsets (`export --cache`). */
  get offset(): number {
    return this.sink.offset;
  }
  /** A template's row as the previous pack's index.html holds it (bytes `start`–`end`), counted as `row` counts it. */
  copy(from: CopySource, start: number, end: number, cells: Array<SummaryRow | undefined>): void {
    this.templates++;
    for (const r of cells) if (r) this.totals[r.status]++;
    this.sink.copy(from, start, end);
  }

  close(extra = ''): void {
    const t = this.totals;
    this.sink.write(`</tbody>\n</table>\n<p>${this.templates} templates; cells: ${t.clean} clean, ${t.warnings} with warnings, ${t.errors} with errors.</p>\n${extra}</body>\n</html>\n`);
    this.sink.close();
  }
}
