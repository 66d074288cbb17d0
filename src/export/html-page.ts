/**
 * The detail page of one template in one region: the template body and declared flows, then each
 * locale side by side with its footer, clause and findings (with each rule's explanation and source).
 */
import type { Finding } from '../check/finding.js';
import { ruleById } from '../rules/index.js';
import { escapeHtml as h } from './html-escape.js';
import { htmlDocument } from './html-style.js';
import type { ExportRecord, ExportResult } from './model.js';
import { safeName, sectionId } from './names.js';

function findingsList(findings: Finding[]): string {
  if (findings.length === 0) return '<p class="clean badge">no findings</p>';
  const items = findings.map((f) => {
    const rule = ruleById(f.ruleId);
    const explain = rule ? `<br><span class="muted">${h(rule.meta.description)} Source: ${h(rule.meta.source)}.</span>` : '';
    return `<li><span class="badge ${f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'clean'}">${h(f.severity)}</span> <code>${h(f.ruleId)}</code> ${h(f.message)} <span class="muted">(${h(f.file)}:${f.line}:${f.column})</span>${f.fix ? `<br>Fix: ${h(f.fix)}` : ''}${explain}</li>`;
  });
  return `<ul class="findings">\n${items.join('\n')}\n</ul>`;
}

function localeColumn(r: ExportResult): string {
  const companions = r.clause.companions.map((c) => `<h3>${h(c.locale)}</h3>\n<div class="text">${h(c.text)}</div>`).join('\n');
  return `<section class="locale" id="${h(sectionId(r.region, r.locale))}" lang="${h(r.locale)}">
<h2><span class="badge ${r.status}">${h(r.status)}</span> ${h(r.locale)}</h2>
<h3>Footer <span class="muted">(${h(r.footer.variant)}, ${r.footer.length}/${r.footer.limit ?? '∞'} ${h(r.footer.unit)})</span></h3>
<div class="text footer">${h(r.footer.text)}</div>
<h3>Clause ${h(r.clause.id)}${r.clause.number ? ` §${h(r.clause.number)}` : ''}</h3>
<div class="text clause">${h(r.clause.text)}</div>
${companions}
<h3>Findings</h3>
${findingsList(r.findings)}
</section>`;
}

/** The detail page of one template: body, flows, then each region with its locales side by side. */
export function renderDetailPage(rec: ExportRecord): string {
  const flows = `<pre>${h(JSON.stringify(rec.flows, null, 2))}</pre>`;
  const regions = [...new Set(rec.results.map((r) => r.region))];
  const sections = regions
    .map((region) => `<h2 id="${h(safeName(region))}">${h(region)}</h2>\n<div class="locales">\n${rec.results.filter((r) => r.region === region).map(localeColumn).join('\n')}\n</div>`)
    .join('\n');
  const body = `<p class="noprint"><a href="../index.html">← All templates</a></p>
<h1>${h(rec.template)}</h1>
<p class="muted">${h(rec.channel)} · ${h(rec.category)} · ${h(rec.language)} · ${h(rec.file)} · regions: ${regions.map((r) => `<a href="#${h(safeName(r))}">${h(r)}</a>`).join(', ')}</p>
<h2>Purpose</h2>
<p>${h(rec.purpose)}</p>
<h2>Template body</h2>
<div class="text body">${h(rec.body)}</div>
<h2>Template findings</h2>
${findingsList(rec.lint)}
<h2>Declared flows</h2>
${flows}
${sections}`;
  return htmlDocument(`${h(rec.template)} — disclose review pack`, body);
}
