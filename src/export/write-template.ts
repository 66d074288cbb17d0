/**
 * Phase 1 of an export for one template: load it, render and check it for every target, and
 * write `data/<id>.json`, its detail page and its Meta file into the pack being built. The same
 * code runs in the main thread and in export workers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { dedupeFindings, sortFindings, type Finding } from '../check/finding.js';
import { checkCell, loadPolicies } from '../api/check.js';
import type { PolicyDocument } from '../policy/document.js';
import { relativePath } from '../format/paths.js';
import { insideDir } from '../io/atomic-dir.js';
import { footerLocale, marketSet } from '../meta/market.js';
import type { SourcePos, Template } from '../model/types.js';
import type { Project, Target } from '../project.js';
import { flowsPageFile, renderDetailPage, storedRefs } from './html-page.js';
import { DIAGRAMS_DIR, diagramFile, type DiagramFile } from './flow-diagram.js';
import { flowViews, type FlowView } from './flow-view.js';
import { flowShape } from '../render/flow-shape.js';
import { statusOf, type ExportRecord, type ExportResult } from './model.js';
import { dataName, metaName, pageName } from './names.js';
import { compactRecord } from './read-pack.js';
import { FLOWS_DIR, type TextSink } from './text-store.js';
import { serializePart } from './contribution.js';
import { missedOf, ranOf, type Ran } from '../cache/plan.js';

export interface WriteTemplateOptions {
  targets: Target[];
  cwd: string;
  pages: boolean;
  meta: boolean;
  /** Policy documents to check against (absolute paths), as `check` does. */
  policyFiles?: string[];
  /**
   * `--cache` with templates the plan did not load (`Plan.deferred`): each template's claim carries
   * its uses' digest (`Ran`) and its part what its cache entry needs (`Contribution.entry`).
   */
  report?: boolean;
}

// Policy documents are read once per project (and thread), not once per template.
const policyCache = new WeakMap<Project, { key: string; docs: PolicyDocument[] }>();

function policiesOf(project: Project, files: string[] | undefined): PolicyDocument[] {
  if (!files?.length) return [];
  const key = files.join('\u0000');
  const hit = policyCache.get(project);
  if (hit?.key === key) return hit.docs;
  const docs = loadPolicies(project, files);
  policyCache.set(project, { key, docs });
  return docs;
}

/** What the caller needs to tell two templates with one id apart. */
export interface WrittenTemplate {
  id: string;
  dataName: string;
  idPos: SourcePos | undefined;
  /** With `report`: what the cache's plan needs of its uses. */
  ran?: Ran;
}

/** The error for a second template with an id another one (in `priorFile`) already has. */
export function duplicateIdError(w: WrittenTemplate, priorFile: string): DiscloseError {
  return new DiscloseError('E_DUPLICATE_ID', `template id "${w.id}" is also used by ${priorFile}`, w.idPos, 'Give every template its own id.');
}

/**
 * Writes the template's files; its clause bodies and footers go to `texts` (written once for the
 * pack with the aggregates), which its record names by hash. Returns the template's part of the
 * aggregates as JSON (`contribution.ts`), so they need not read the record back.
 */
export function writeTemplate(project: Project, file: string, options: WriteTemplateOptions, out: string, texts: TextSink, claim: (written: WrittenTemplate) => void, loaded?: Template): string {
  const template = loaded ?? project.loadTemplate(file);
  // With --cache and a plan that did not load the template: what its entry needs, from this load.
  const missed = options.report ? missedOf(template, project, options.policyFiles?.length ?? 0) : undefined;
  // Checked before anything is written, so a duplicate id never overwrites the first one's files.
  claim({ id: template.id, dataName: dataName(template.id), idPos: template.positions['id'], ...(missed ? { ran: ranOf(missed.uses) } : {}) });
  const rel = (f: Finding): Finding => ({ ...f, file: relativePath(f.file, options.cwd) });
  // Meta's template JSON per market, for WhatsApp templates: the footer in the template's language
  // (the target in that locale), one name per market so the set is one Meta accepts (src/meta/market.ts).
  const metaLocale = footerLocale(project.catalog.locales, template.language);
  const metaRendered = new Map<string, { locale: string; footer: string; findings: Finding[] }>();
  const policies = policiesOf(project, options.policyFiles);
  const results: ExportResult[] = options.targets.map((target) => {
    // What `check` runs for this cell: the same render, rules and policy documents.
    const { render: r, findings: cellFindings } = checkCell(project, template, target, policies);
    // Meta's template JSON, for WhatsApp templates: what goes to template review in this market.
    if (options.meta && template.channel === 'whatsapp' && r.locale === metaLocale && !metaRendered.has(r.region)) metaRendered.set(r.region, { locale: r.locale, footer: r.footer.text, findings: [] });
    const findings = sortFindings(cellFindings.map(rel));
    return {
      region: r.region,
      locale: r.locale,
      status: statusOf(findings),
      footer: { text: r.footer.text, variant: r.footer.variant, length: r.footer.length, limit: r.footer.limit ?? null, unit: r.footer.unit },
      clause: { id: r.clause.id, number: r.clause.number ?? null, title: r.clause.title, text: r.clause.text, companions: r.clause.companions, ...unsettledOf(r.clause.elements) },
      findings,
    };
  });
  const lint = sortFindings(dedupeFindings(project.lint(template))).map(rel);
  // The flows' table, diagram and page (table, diagram, consent records): the last two files of the pack shared by content; the record names them.
  const { table, diagram, page: flowsPage } = flowsOf(project, template, options);
  const record: ExportRecord = {
    template: template.id,
    file: relativePath(template.file, options.cwd),
    channel: template.channel,
    category: template.category,
    language: template.language,
    purpose: template.purpose,
    body: template.body,
    flows: template.flows.map(({ pos: _pos, recipients, ...f }) => ({ ...f, recipients: recipients.map(({ pos: _p, ...r }) => r) })),
    flowTable: table,
    lint,
    results,
  };
  if (diagram) record.diagram = diagram.path;
  if (flowsPage) record.flowsPage = flowsPage.path;
  const stored = compactRecord(record, texts);
  writeFileSync(insideDir(out, `data/${dataName(template.id)}`), `${JSON.stringify(stored)}\n`);
  if (options.pages) {
    if (diagram) writeShared(out, DIAGRAMS_DIR, diagram.path, diagram.svg);
    if (flowsPage) writeShared(out, FLOWS_DIR, flowsPage.path, flowsPage.html);
    writeFileSync(insideDir(out, `pages/${pageName(template.id)}`), renderDetailPage(record, undefined, storedRefs(record, stored)));
  }
  const metaRegions = [...new Set(options.targets.map((t) => t.region.id))];
  // The Meta file keeps a market's footer and marketTemplate's own notes, not the rules' findings:
  // a region whose cells are in another locale than the template's gets its footer from the
  // renderer alone, instead of a second render and check of the whole cell.
  if (options.meta && template.channel === 'whatsapp' && metaLocale !== undefined && template.category !== 'authentication') {
    for (const t of options.targets) {
      if (!metaRendered.has(t.region.id)) metaRendered.set(t.region.id, { locale: metaLocale, footer: project.renderer.render(template, t.region, metaLocale, project.org).footer.text, findings: [] });
    }
  }
  const metas = options.meta && template.channel === 'whatsapp'
    ? marketSet(project, template, metaRegions, metaRendered).map((m) => ({ region: m.region, locale: m.locale ?? null, template: m.template, notes: m.findings.filter((f) => f.ruleId === 'meta-footer').map((f) => f.message) }))
    : [];
  if (metas.length) writeFileSync(insideDir(out, `meta/${metaName(template.id)}`), `${JSON.stringify(metas)}\n`);
  return serializePart(record, stored, missed);
}

/** What a template's flows make in the pack: their table in the reader's words and, with pages, its diagram and page. */
interface FlowsMade {
  table: FlowView[];
  diagram?: DiagramFile | undefined;
  page?: { path: string; html: string } | undefined;
}

/** Flow shapes whose table, diagram and page are kept at once, per project and export (as the renderer bounds its shapes). */
const FLOWS_LIMIT = 500;
const flowsMade = new WeakMap<Project, { targets: Target[]; pages: boolean; byShape: Map<string, FlowsMade> }>();

/**
 * The flows' table, diagram and page, made once per flow shape (issue 22, shared work): they read the
 * template's flows and consent record (both part of its shape: `flow-shape.ts`), the project's
 * organization and catalog, and the export's targets, nothing else of the template. Realistic template
 * sets draw on a few dozen shapes, so each table and page is made a few dozen times instead of once per
 * template; the same objects are given to every template of the shape and nothing changes them.
 */
function flowsOf(project: Project, template: Template, options: WriteTemplateOptions): FlowsMade {
  const make = (): FlowsMade => {
    const table = flowViews(project, template, options.targets);
    const diagram = options.pages ? diagramFile(table) : undefined;
    return { table, diagram, page: options.pages ? flowsPageFile(table, diagram) : undefined };
  };
  let made = flowsMade.get(project);
  if (made?.targets !== options.targets || made.pages !== options.pages) flowsMade.set(project, (made = { targets: options.targets, pages: options.pages, byShape: new Map() }));
  const key = flowShape(template).key;
  let hit = made.byShape.get(key);
  if (!hit) {
    if (made.byShape.size >= FLOWS_LIMIT) made.byShape.clear();
    made.byShape.set(key, (hit = make()));
  }
  return hit;
}

/** The shared files (diagrams, flows' pages) this thread has written to the pack being built (`out`): each distinct one once. */
let sharedWritten: { out: string; paths: Set<string> } = { out: '', paths: new Set() };

/**
 * Writes a shared file of the pack (in `dir`: diagrams/, flows/) unless it is there: named by its
 * content, so a file of that name holds these bytes, whichever template or thread wrote it first
 * (created exclusively, so two threads never write one file at once).
 */
function writeShared(out: string, dir: string, file: string, bytes: string): void {
  if (sharedWritten.out !== out) sharedWritten = { out, paths: new Set() };
  if (sharedWritten.paths.has(file)) return;
  if (!sharedWritten.paths.has(dir)) {
    mkdirSync(insideDir(out, dir), { recursive: true });
    sharedWritten.paths.add(dir);
  }
  try {
    writeFileSync(path.join(out, file), bytes, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  sharedWritten.paths.add(file);
}

/**
 * The clause elements where the law is unsettled, with the note the region's data gives: shown to the reviewer.
 * With each element, the profile's notes on what it states (`mechanism.contract` on the transfer element; review 5 X3).
 */
export function unsettledOf(elements: ReadonlyArray<{ id: string; article: string; citation?: string; unsettled?: string; notes?: ReadonlyArray<{ key: string; article: string; note: string }> }>): { unsettled?: Array<{ id: string; article: string; note: string }> } {
  // The element's article as the clause cites it, in the text's language (review 7 ID7-1), else its profile article.
  const notes = elements.flatMap((e) => [...(e.unsettled ? [{ id: e.id, article: e.citation || e.article, note: e.unsettled }] : []), ...(e.notes ?? []).map((n) => ({ id: `${e.id}: ${n.key}`, article: n.article, note: n.note }))]);
  return notes.length ? { unsettled: notes } : {};
}
