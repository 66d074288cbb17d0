/**
 * The detail page of one template in one region: the template body and declared flows, then each
 * locale side by side with its footer, clause and findings (with each rule's explanation and source).
 */
import type { Finding } from '../check/finding.js';
import { RULES, ruleById } from '../rules/index.js';
import { escapeHtml as h } from './html-escape.js';
import { htmlDocument, htmlHead } from './html-style.js';
import type { ExportRecord, ExportResult } from './model.js';
import { dataName, safeName, sectionId, shortHash } from './names.js';
import type { DiagramFile } from './flow-diagram.js';
import type { FlowView } from './flow-view.js';
import { findingTextHash, type StoredRecord } from './read-pack.js';
import { diffHtml, type CellReview } from './signoffs.js';
import { bodyBlock, bodyHash, findingPage, FLOWS_DIR, noteHash, splitClause, textsPageOf, type ClauseBody, type FindingText, type UnsettledNote } from './text-store.js';

/** The anchor of a rule's explanation in rules.html. */
const ruleAnchor = (id: string) => `rule-${safeName(id)}`;

/** The pack's page of rules, at its top: each rule's explanation and source once for every page. */
export const RULES_PAGE = 'rules.html';

/** A rule's id, linked to its explanation in rules.html when it is one of ours. */
const ruleLink = (ruleId: string) => (ruleById(ruleId) ? `<a href="../${RULES_PAGE}#${h(ruleAnchor(ruleId))}"><code>${h(ruleId)}</code></a>` : `<code>${h(ruleId)}</code>`);

/** Where a finding of a template's page is: its line and column in the template's own file (named at the top of the page), else its file too. */
export interface FindingPlace {
  rec: Pick<ExportRecord, 'template' | 'file'>;
  region?: string;
  locale?: string;
  /** Each finding's text hash as the stored record names it (`storedRefs`): not worked out again. */
  hashes?: ReadonlyMap<Finding, string>;
}

/** A finding's place on a template's page: its line and column in the template's own file (named at the top of the page), else its file too. */
const placeOf = (f: Finding, at: FindingPlace): string => (f.file === at.rec.file ? `${f.line}:${f.column}` : `${h(f.file)}:${f.line}:${f.column}`);

/** A finding's page (findings/<hash>.html): its message, its rule (linked to the rule's explanation) and its fix, once for every template and cell with the same finding. */
const findingHref = (f: Finding, at: FindingPlace): string => `../${findingPage(at.hashes?.get(f) ?? findingTextHash(f, at.rec, at.region, at.locale))}`;

/**
 * A template's own finding (its lint, the template's alone): severity, rule, message and place; its
 * fix is on its page (findings/<hash>.html), which links the rule's explanation in rules.html.
 */
function findingItem(f: Finding, at: FindingPlace): string {
  const place = f.file === at.rec.file ? `line ${f.line}:${f.column}` : `${h(f.file)}:${f.line}:${f.column}`;
  return `<span class="badge ${severityClass(f)}">${h(f.severity)}</span> <code>${h(f.ruleId)}</code> ${h(f.message)} <span class="muted">(${place})</span> <a href="${findingHref(f, at)}">${f.fix ? 'fix' : 'more'}</a>`;
}

const severityClass = (f: Pick<Finding, 'severity'>) => (f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'clean');

function findingsList(findings: Finding[], at: FindingPlace): string {
  if (findings.length === 0) return '<p class="clean badge">no findings</p>';
  return `<ul class="findings">\n${findings.map((f) => `<li>${findingItem(f, at)}</li>`).join('\n')}\n</ul>`;
}

/**
 * A cell's findings on a template's page (stop 26): by severity and rule, in the order the cell
 * meets them, the number of each and each one's place, linked to the finding's page, where its
 * message and fix are once for every template and cell with the same finding. (The same finding at
 * the same line stood in full on the page of every template with the same flows: of 11,587 items
 * of 1,000 realistic templates, 659 distinct lines.) The message is one click away.
 */
function compactFindings(findings: Finding[], at: FindingPlace): string {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.ruleId}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const items = [...groups.values()].map((g) => {
    const places = g.map((f) => `<a href="${findingHref(f, at)}">${placeOf(f, at)}</a>`).join(' ');
    return `<li><span class="badge ${severityClass(g[0]!)}">${h(g[0]!.severity)}</span> <code>${h(g[0]!.ruleId)}</code> ${g.length > 1 ? `×${g.length} ` : ''}at ${places}</li>`;
  });
  return `<ul class="findings">\n${items.join('\n')}\n</ul>`;
}

/**
 * findings/<hash>.html: one finding text (pack format 7) — severity, rule (linked to its
 * explanation), message and fix — the same for every template and cell it is listed in; each lists
 * it with its own place.
 */
export function renderFindingPage(hash: string, f: FindingText): string {
  const str = (k: string) => (typeof f[k] === 'string' ? (f[k] as string) : '');
  const severity = str('severity');
  const page = `<p class="noprint"><a href="../index.html">← All templates</a></p>
<h1>Finding ${hash}</h1>
<p><span class="badge ${severityClass({ severity: severity as Finding['severity'] })}">${h(severity)}</span> ${ruleLink(str('ruleId'))} ${h(str('message'))}</p>
${str('fix') ? `<p>Fix: ${h(str('fix'))}</p>\n` : ''}<p class="muted">The same finding in every template and cell that lists it, each at its own place; \`disclose check\` reports it with its fix too.</p>`;
  return htmlDocument(`Finding ${hash} — disclose review pack`, page);
}

/** The anchor of the page's n-th finding shared by several cells (1-based). */
const findingAnchor = (n: number) => `finding-${n}`;

/** What makes two cells' findings one: everything but the cell (its region and locale) and the template. */
const findingKey = (f: Finding): string => JSON.stringify([f.ruleId, f.severity, f.messageId, f.message, f.data, f.file, f.line, f.column, f.fix ?? null]);

/** A finding of several cells, shown once on the page: the finding (as the first cell has it) and its cells. */
export interface SharedFinding {
  finding: Finding;
  cells: Array<{ region: string; locale: string }>;
}

/**
 * A template's cells' findings, each once (pack format 6): a finding with the same rule, text,
 * place and fix in several cells (regions and locales) is one shared item, numbered in the order
 * the cells meet it, that names the cells it applies to; a finding of one cell alone stays with its
 * cell. Per cell: the numbers of its shared findings and its own findings, in its order.
 */
export function cellFindings(results: ReadonlyArray<Pick<ExportResult, 'region' | 'locale' | 'findings'>>): { shared: SharedFinding[]; cells: Array<{ shared: number[]; own: Finding[] }> } {
  const groups = new Map<string, SharedFinding>();
  for (const r of results) {
    for (const f of r.findings) {
      const key = findingKey(f);
      const g = groups.get(key) ?? { finding: f, cells: [] };
      if (!g.cells.some((c) => c.region === r.region && c.locale === r.locale)) g.cells.push({ region: r.region, locale: r.locale });
      groups.set(key, g);
    }
  }
  const shared = [...groups.values()].filter((g) => g.cells.length > 1);
  const number = new Map(shared.map((g, i) => [g, i + 1]));
  const cells = results.map((r) => {
    const out = { shared: [] as number[], own: [] as Finding[] };
    for (const f of r.findings) {
      const n = number.get(groups.get(findingKey(f))!);
      if (n === undefined) out.own.push(f);
      else if (!out.shared.includes(n)) out.shared.push(n);
    }
    return out;
  });
  return { shared, cells };
}

/** The page's list of the findings several of its cells have, each once with the cells it applies to. */
function sharedFindingsSection(cells: number, shared: SharedFinding[], rec: FindingPlace['rec'], hashes?: FindingPlace['hashes']): string {
  if (!shared.length) return '';
  const lis = shared.map(({ finding, cells: at }, i) => {
    const where = at.length === cells ? `in all ${cells} cells` : `in ${at.map((c) => `<a href="#${h(sectionId(c.region, c.locale))}">${h(c.region)} · ${h(c.locale)}</a>`).join(', ')}`;
    const place = { rec, region: at[0]!.region, locale: at[0]!.locale, ...(hashes ? { hashes } : {}) };
    return `<li id="${findingAnchor(i + 1)}"><span class="badge ${severityClass(finding)}">${h(finding.severity)}</span> <code>${h(finding.ruleId)}</code> at <a href="${findingHref(finding, place)}">${placeOf(finding, place)}</a> <span class="cells">${where}</span></li>`;
  });
  return `<h2 id="findings">Findings of several cells</h2>\n<p class="muted">Each once, with the cells (region · locale) it applies to; each cell below lists their numbers with its own findings. Each place (line:column) links the finding's message and fix.</p>\n<ol class="findings">\n${lis.join('\n')}\n</ol>\n`;
}

/** A cell's findings: the numbers of its findings in the page's shared list, then its own in full. */
function cellFindingsBlock(shared: SharedFinding[], mine: { shared: number[]; own: Finding[] }, at: FindingPlace): string {
  if (!mine.shared.length && !mine.own.length) return '<p class="clean badge">no findings</p>';
  const refs = mine.shared.length ? `<p class="finding-refs">Of several cells: ${mine.shared.map((n) => `<a class="badge ${severityClass(shared[n - 1]!.finding)}" href="#${findingAnchor(n)}">${n}</a>`).join(' ')}</p>` : '';
  return `${refs}${mine.own.length ? `${refs ? '\n' : ''}${compactFindings(mine.own, at)}` : ''}`;
}

/**
 * rules.html: every rule's explanation and source, once for the whole pack (pack format 4; format
 * 3 repeated those a page cited on each page). Each finding on a page links to its rule here.
 */
export function renderRulesPage(): string {
  const items = RULES.map((r) => r.meta)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((m) => `<li id="${h(ruleAnchor(m.id))}"><code>${h(m.id)}</code>: ${h(m.description)} <span class="muted">Source: ${h(m.source)}.</span></li>`);
  const body = `<p class="noprint"><a href="index.html">← All templates</a></p>
<h1>Rules</h1>
<p class="muted">What each rule checks and the source it rests on. Every finding in the pack links to its rule here.</p>
<ul class="rules">
${items.join('\n')}
</ul>`;
  return `${htmlHead('Rules — disclose review pack', '')}${body}\n</body>\n</html>\n`;
}

/** The flows' diagram, a file of the pack shared by every template with the same flows (`flow-diagram.ts`). */
function diagramFigure(diagram: Pick<DiagramFile, 'path' | 'width' | 'height'>): string {
  return `<figure class="diagram">
<img class="flow-diagram" src="../${h(diagram.path)}" width="${diagram.width}" height="${diagram.height}" alt="A diagram of the flows in the table above: data, recipients and countries">
<figcaption class="muted">Data → recipients → countries (dashed: where the data is stored). The raw flows are in the pack's <code>texts.json</code> (<code>flows</code>), named by each template's record in <code>data/</code>.</figcaption>
</figure>`;
}

/** The ids of a record's flows, as declared. */
const flowIds = (rec: Pick<ExportRecord, 'flows'>): string[] => rec.flows.map((f) => (typeof f === 'object' && f !== null && typeof (f as { id?: unknown }).id === 'string' ? (f as { id: string }).id : '?'));

/**
 * A template's flows on its page (pack format 7): their ids, linked to the flows' page, which
 * every template with the same flows shares (`flowsPageFile`).
 */
function flowsLink(rec: ExportRecord): string {
  if (!rec.flowsPage) return `<p class="muted">The flows are in <code>data/${h(dataName(rec.template))}</code>.</p>`;
  const ids = flowIds(rec).map((id) => `<code>${h(id)}</code>`).join(', ');
  return `<p class="flows-link"><a href="../${h(rec.flowsPage)}">Data flows</a>: ${ids || 'none'} <span class="muted">(their table in plain words and diagram: one page for every template with the same flows)</span></p>`;
}

/**
 * flows/<hash>.html: a set of flows as a table in the reader's words and a diagram (pack format 7),
 * one page for every template with the same flows in the exported regions; named by the hash of
 * its bytes, as the diagrams are, so a page of another pack or shard is checked against its name.
 */
export function renderFlowsPage(table: FlowView[], diagram?: Pick<DiagramFile, 'path' | 'width' | 'height'>): string {
  const page = `<p class="noprint"><a href="../index.html">← All templates</a></p>
<h1>Data flows: ${table.map((v) => h(v.id)).join(', ') || 'none'}</h1>
<p class="muted">Which data goes to whom, why, on which basis, for how long, where it is stored and how it leaves each region: the same for every template with these flows.</p>
${flowsTable(table)}
${diagram ? diagramFigure(diagram) : ''}${consentSection(table)}`;
  return htmlDocument('Data flows — disclose review pack', page);
}

/** The flows' page as a file of the pack: `flows/<hash of its bytes>.html`. */
export function flowsPageFile(table: FlowView[], diagram?: DiagramFile): { path: string; html: string } {
  const html = renderFlowsPage(table, diagram);
  return { path: `${FLOWS_DIR}/${shortHash(html)}.html`, html };
}

/** The flows as a table in the reader's words. */
export function flowsTable(views: FlowView[]): string {
  const list = (items: string[]) => (items.length === 1 ? h(items[0]!) : `<ul class="plain">${items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`);
  const perRegion = (items: Array<{ region: string; text: string }>) => `<ul class="plain">${items.map((i) => `<li><span class="muted">${h(i.region)}:</span> ${h(i.text)}</li>`).join('')}</ul>`;
  // Where the recipient stores the data itself; its sub-processor's places are named as the sub-processor's (review 8 CN8-3).
  const own = (r: FlowView['recipients'][number]) => (r.storage ?? []).filter((s) => !r.subProcessor?.storage.includes(s));
  const recipients = (v: FlowView) =>
    v.recipients.length === 0
      ? '<span class="muted">none (kept by us)</span>'
      : `<ul class="plain">${v.recipients
          .map((r) => `<li>${r.name ? `<strong>${h(r.name)}</strong>, ` : ''}${h(r.type)}, ${h(r.country)}${own(r).length ? ` <span class="muted">(stores in ${h(own(r).join(', '))})</span>` : ''}${r.subProcessor ? ` <span class="muted">(its sub-processor ${h(r.subProcessor.name)} stores in ${h(r.subProcessor.storage.join(', '))})</span>` : ''}${r.applies ? ` <span class="muted">(${h(r.applies)})</span>` : ''}</li>`)
          .join('')}</ul>`;
  const rows = views.map(
    (v) => `<tr><th scope="row">${h(v.id)}${v.implied ? `<br><span class="muted">added by the ${h(v.implied)} channel</span>` : ''}</th><td>${list(v.data)}</td><td>${recipients(v)}</td><td>${h(v.purpose)}</td><td>${perRegion(v.basis)}</td><td>${h(v.retention)}</td><td>${v.storage.length ? list(v.storage) : `<span class="muted">${h(v.storageNote ?? 'not declared')}</span>`}</td><td>${perRegion(v.transfer)}</td></tr>`,
  );
  return `<table class="flows">
<thead><tr><th>flow</th><th>data</th><th>recipients (type, country)</th><th>purpose</th><th>legal basis, by region</th><th>retention</th><th>storage</th><th>transfer mechanism, by region</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/**
 * The consent records the template declares, each with the flows it covers: the evidence a consent basis is
 * signed off on (its box, path, switch, time; review 8 EU8-7, review 7 EU7-1: the separate AdReach consent).
 */
function consentSection(views: FlowView[]): string {
  const byRecord = new Map<number, { view: NonNullable<FlowView['consent']>; flows: string[] }>();
  for (const v of views) {
    if (!v.consent) continue;
    const at = byRecord.get(v.consent.record) ?? { view: v.consent, flows: [] };
    at.flows.push(v.id);
    byRecord.set(v.consent.record, at);
  }
  if (!byRecord.size) return '';
  const items = [...byRecord.values()].map(({ view: c, flows }) => {
    const facts = [
      c.method ? `how given: ${h(c.method)}` : 'how given: <span class="muted">not declared</span>',
      c.path ? `path: ${h(c.path)}` : '',
      c.setting ? `switched off at: ${h(c.setting)}` : '',
      c.preTicked !== undefined ? `pre-ticked: ${c.preTicked ? 'yes' : 'no'}` : '',
      c.timestamp ? `recorded: ${h(c.timestamp)}` : '',
      c.confirmedAt ? `confirmed (double opt-in): ${h(c.confirmedAt)}` : '',
      c.withdrawal ? `withdrawal declared on the flows: ${h(c.withdrawal)}` : '',
    ].filter(Boolean);
    return `<li><strong>${c.separate ? 'Separate consent' : "The template's consent"}</strong> for ${flows.map((f) => `<code>${h(f)}</code>`).join(', ')}: ${facts.join('; ')}</li>`;
  });
  return `\n<h3 id="consent">Consent records</h3>\n<ul class="plain consent">\n${items.join('\n')}\n</ul>`;
}

/**
 * Where the law behind an element of the clause is unsettled: which elements, on the cell, linked
 * to the clause text's page, where each element's article and note are, with the text they bear on.
 */
function unsettledBlock(r: ExportResult, page: string, hash: string): string {
  if (!r.clause.unsettled?.length) return '';
  return `<p class="unsettled"><a href="${h(page)}#unsettled-${hash}">Unsettled law</a>: ${r.clause.unsettled.map((u) => `<code>${h(u.id)}</code>`).join(', ')}</p>`;
}

/** Who signed the cell off and when, or that it changed since, or that no one has yet. */
function reviewBlock(review: CellReview | undefined): string {
  if (!review || review.state === 'pending') return '<p class="review pending" data-review="pending">Review: <strong>pending</strong> (not signed off)</p>';
  const s = review.signoff!;
  if (review.state === 'signed-off') return `<p class="review signed-off" data-review="signed-off">Signed off by <strong class="reviewer">${h(s.reviewer)}</strong> on <time>${h(s.date)}</time></p>`;
  return `<div class="review needs-re-review" data-review="needs-re-review"><p><strong>Needs re-review</strong>: signed off by <span class="reviewer">${h(s.reviewer)}</span> on <time>${h(s.date)}</time>, then the ${h((review.changed ?? []).join(', '))} changed.</p>\n${diffHtml(review.diff)}</div>`;
}

/** A cell's clause: its text's hash in texts.json, and its page. */
export function clauseRef(r: Pick<ExportResult, 'locale' | 'clause'>): { heading: string; hash: string } {
  const { heading, body } = splitClause(r.clause.text);
  return { heading, hash: bodyHash({ locale: r.locale, text: body, ...(r.clause.unsettled?.length ? { unsettled: r.clause.unsettled } : {}) }) };
}

function localeColumn(r: ExportResult, review: CellReview | undefined, findings: string, flowsPage: string | undefined, ref?: { heading: string; hash: string }): string {
  const companions = r.clause.companions.map((c) => `<h3>${h(c.locale)}</h3>\n<div class="text">${h(c.text)}</div>`).join('\n');
  const { heading, hash } = ref ?? clauseRef(r);
  // The clause texts of every template with the same flows are on one page (pack format 8).
  const page = `../${textsPageOf(flowsPage, hash)}`;
  return `<section class="locale" id="${h(sectionId(r.region, r.locale))}" lang="${h(r.locale)}">
<h2><span class="badge ${r.status}">${h(r.status)}</span> ${h(r.locale)}</h2>
${reviewBlock(review)}
${unsettledBlock(r, page, hash)}
<h3>Footer <span class="muted">(${h(r.footer.variant)}, ${r.footer.length}/${r.footer.limit ?? '∞'} ${h(r.footer.unit)})</span></h3>
<div class="text footer">${h(r.footer.text)}</div>
<h3>Clause ${h(r.clause.id)}${r.clause.number ? ` §${h(r.clause.number)}` : ''}</h3>
<p class="clause-text clause"><a href="${h(page)}#text-${hash}" data-text="${hash}">${h(heading.trimEnd()) || `Clause text ${hash}`}</a></p>
${companions}
<h3>Findings</h3>
${findings}
</section>`;
}

/** A cell that uses a clause body: where its page is and what to call it. */
export interface TextUser {
  template: string;
  region: string;
  locale: string;
  page: string;
  heading: string;
  /** The clause texts page the cell links (pack format 8: `textsPageOf`). */
  textsPage: string;
}

/** A clause body on its texts page: its hash, text and notes, and the cells that use it. */
export interface TextEntry {
  hash: string;
  body: ClauseBody;
  users: TextUser[];
}

/** The pack's page of unsettled-law notes, at its top: each distinct note once for the pack (stop 25). */
export const NOTES_PAGE = 'unsettled.html';

/** A note's place on the notes page. */
const noteLink = (n: UnsettledNote): string => `../${NOTES_PAGE}#note-${noteHash(n)}`;

/**
 * texts/<group>.html (pack format 8): the clause bodies of every template with the same flows
 * (`group` names their flows' page, `flows/<group>.html`; a template without one (no flows) has a
 * page per body), each once with every cell (template, region, locale) that uses it, each linked to
 * its place on the template's page. A body's section names the elements of it that rest on
 * unsettled law, each linked to its article and note on the notes page (`renderNotesPage`; stop 25:
 * the notes stood in full in every body's section, the same 13 notes in every body of their region).
 */
export function renderTextsPage(group: string, entries: TextEntry[], flowsPage?: string): string {
  const sections = entries.map(({ hash, body, users }) => {
    const unsettled = body.unsettled?.length
      ? `<div class="unsettled" id="unsettled-${hash}">Unsettled law: ${body.unsettled.map((u) => `<a href="${noteLink(u)}"><code>${h(u.id)}</code></a>`).join(', ')}</div>\n`
      : '';
    const items = users.map((u) => `<li><a href="../pages/${h(u.page)}#${h(sectionId(u.region, u.locale))}">${h(u.template)} · ${h(u.region)} · ${h(u.locale)}</a> <span class="muted">${h(u.heading.trimEnd())}</span></li>`);
    return `<section class="clause-text" id="clause-${hash}">
<h2>Clause text ${hash} <span class="muted">${h(body.locale)}</span></h2>
${bodyBlock(hash, body)}
${unsettled}<h3 id="used-by-${hash}">Used by ${users.length} cell${users.length === 1 ? '' : 's'}</h3>
<ul class="plain">
${items.join('\n')}
</ul>
</section>`;
  });
  const of = flowsPage ? `the clause texts of every template with the flows of <a href="../${h(flowsPage)}">their page</a>` : 'a clause text';
  const page = `<p class="noprint"><a href="../index.html">← All templates</a></p>
<h1>Clause texts ${h(group)}</h1>
<p class="muted">${of}: each the text of a clause after its heading line, the same in every cell listed under it.</p>
${sections.join('\n')}`;
  return htmlDocument(`Clause texts ${h(group)} — disclose review pack`, page);
}

/**
 * unsettled.html (stop 25): every unsettled-law note of the pack's clause texts once, each with its
 * element and article, in the order of their hashes (the texts pages link `#note-<hash>`). `byHash`: each note
 * by its `noteHash`, as the texts pages gathered them.
 */
export function renderNotesPage(byHash: ReadonlyMap<string, UnsettledNote>): string {
  const items = [...byHash].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([hash, u]) => `<li id="note-${hash}"><code>${h(u.id)}</code>${u.article ? ` (${h(u.article)})` : ''}: ${h(u.note)}</li>`);
  const body = `<p class="noprint"><a href="index.html">← All templates</a></p>
<h1>Unsettled law</h1>
<p class="muted">Where the law behind an element of a clause text is unsettled: the element, its article and the note of its region's data. Each clause text's page links the notes of its elements here.</p>
<ul class="unsettled">
${items.join('\n')}
</ul>`;
  return `${htmlHead('Unsettled law — disclose review pack', '')}${body}\n</body>\n</html>\n`;
}

/**
 * What the stored record (`compactRecord`) already named by hash, for the page of the record it was
 * made from: each cell's clause heading and body hash, and each finding's text hash. The page links
 * the same texts; hashing them again was about half of the page's time (stop 26, SD).
 */
export interface StoredRefs {
  cells: Array<{ heading: string; hash: string }>;
  findings: ReadonlyMap<Finding, string>;
}

/** The refs of `stored`, the record `compactRecord` made of `rec` (the same cells and findings, in the same order). */
export function storedRefs(rec: Pick<ExportRecord, 'lint' | 'results'>, stored: StoredRecord): StoredRefs {
  const findings = new Map<Finding, string>();
  const name = (fs: Finding[], refs: number[]) => fs.forEach((f, i) => findings.set(f, stored.findings[refs[i]!]!['ref'] as string));
  name(rec.lint, stored.lint);
  rec.results.forEach((r, i) => name(r.findings, stored.results[i]!.findings));
  return { cells: stored.results.map((r) => ({ heading: r.clause.heading, hash: r.clause.ref })), findings };
}

/**
 * The detail page of one template: body, flows, its cells' findings once each, then each region
 * with its locales side by side. `refs`: the hashes its stored record names its texts by, when the
 * caller has them (`storedRefs`); else they are worked out.
 */
export function renderDetailPage(rec: ExportRecord, reviews?: Map<ExportResult, CellReview>, refs?: StoredRefs): string {
  const flows = flowsLink(rec);
  const { shared, cells } = cellFindings(rec.results);
  const regions = [...new Set(rec.results.map((r) => r.region))];
  const hashes = refs ? { hashes: refs.findings } : {};
  const sections = regions
    .map((region) => `<h2 id="${h(safeName(region))}">${h(region)}</h2>\n<div class="locales">\n${rec.results.flatMap((r, i) => (r.region === region ? [localeColumn(r, reviews?.get(r), cellFindingsBlock(shared, cells[i]!, { rec, region: r.region, locale: r.locale, ...hashes }), rec.flowsPage, refs?.cells[i])] : [])).join('\n')}\n</div>`)
    .join('\n');
  // The sections are by region, in the order the regions first come: `pageOrder`.
  const body = `<p class="noprint"><a href="../index.html">← All templates</a></p>
<h1>${h(rec.template)}</h1>
<p class="muted">${h(rec.channel)} · ${h(rec.category)} · ${h(rec.language)} · ${h(rec.file)} · regions: ${regions.map((r) => `<a href="#${h(safeName(r))}">${h(r)}</a>`).join(', ')}</p>
<h2>Purpose</h2>
<p>${h(rec.purpose)}</p>
<h2>Template body</h2>
<div class="text body">${h(rec.body)}</div>
<h2>Template findings</h2>
${findingsList(rec.lint, { rec, ...hashes })}
<h2 id="flows">Data flows</h2>
${flows}
${sharedFindingsSection(rec.results.length, shared, rec, refs?.findings)}${sections}`;
  return htmlDocument(`${h(rec.template)} — disclose review pack`, body);
}

/** The indexes of a record's cells in the order its page shows them: by region, each region where it first comes. */
function pageOrder(results: ReadonlyArray<Pick<ExportResult, 'region'>>): number[] {
  const regions = [...new Set(results.map((r) => r.region))];
  return regions.flatMap((region) => results.flatMap((r, i) => (r.region === region ? [i] : [])));
}

/** A cell's review block as a page written in phase 1 shows it: every cell pending. */
export const PENDING_REVIEW = reviewBlock(undefined);

/**
 * A page written in phase 1 (every cell pending) with each cell's review: its review blocks, one
 * per cell in the record's order, replaced. The page is not rendered again, so it needs nothing the
 * record does not keep (pack format 6 keeps the flows table on the page alone). Undefined when the
 * page does not hold one pending block per cell (not a page this export wrote).
 */
export function withReviews(page: string, rec: Pick<ExportRecord, 'results'>, reviews: Map<ExportResult, CellReview>): string | undefined {
  const parts = page.split(PENDING_REVIEW);
  if (parts.length !== rec.results.length + 1) return undefined;
  const order = pageOrder(rec.results);
  return parts.reduce((out, part, i) => (i === 0 ? part : `${out}${reviewBlock(reviews.get(rec.results[order[i - 1]!]!))}${part}`), '');
}
