/**
 * Pack formats 6 and 7 (issue 22, a lighter pack), at the library level: each distinct flows diagram
 * once, as a file named by its content that the flows' page shows with <img>; each distinct set of
 * flows (raw, table, diagram) once in texts.json with a page of its own that the template's page
 * links (format 7); a page lists its cells' findings once each with the cells they apply to, each
 * with a link to its finding page (which has the fix, format 7), and every cell's findings can be
 * read back from it; the pack's SARIF results without the fix, without data the message already
 * says and without the properties the message says (format 7), still valid SARIF 2.1.0; a page
 * written with every cell pending takes its reviews without being rendered again.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/finding.js';
import { diagramFile, diagramNamed, flowDiagram } from '../../src/export/flow-diagram.js';
import type { FlowView } from '../../src/export/flow-view.js';
import { cellFindings, flowsPageFile, PENDING_REVIEW, renderDetailPage, renderFindingPage, withReviews } from '../../src/export/html-page.js';
import type { ExportRecord, ExportResult } from '../../src/export/model.js';
import { compactRecord, expandRecord, findingTextHash, flowsText } from '../../src/export/read-pack.js';
import { dataInMessage, SarifStream } from '../../src/export/sarif-stream.js';
import { flowsHash, flowsPageNamed, TextTable } from '../../src/export/text-store.js';
import type { CellReview } from '../../src/export/signoffs.js';

const require = createRequire(import.meta.url);

const view = (id: string, recipient: string): FlowView => ({
  id,
  data: ['phone number', 'postal address'],
  purpose: 'order delivery',
  recipients: [{ type: 'courier', name: recipient, country: 'United States (US)', storage: ['Germany (DE)'] }],
  basis: [{ region: 'eu', text: 'performance of a contract with you (Art. 6(1)(b) GDPR)' }],
  retention: '90 days from delivery of the order',
  storage: ['Germany (DE)'],
  transfer: [{ region: 'eu', text: 'SwiftShip Logistics: the standard contractual clauses' }],
});

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'consent-evidence',
  severity: 'error',
  messageId: 'missing',
  message: 'the template rests on consent (legal basis consent) but has no consent record',
  data: { reason: 'legal basis consent' },
  file: 'templates/t1.yaml',
  line: 3,
  column: 1,
  template: 't1',
  fix: 'Add consent: { userIdentifier, timestamp, scope, path } for the recipients of this template.',
  ...over,
});

const cell = (region: string, locale: string, findings: Finding[]): ExportResult => ({
  region,
  locale,
  status: findings.length ? 'errors' : 'clean',
  footer: { text: `Footer ${region} ${locale}`, variant: 'reference_link', length: 1, limit: 1, unit: 'segments' },
  clause: { id: 'c1', number: '2.2', title: 'Delivery', text: `2.2 Delivery\nBody of ${region} ${locale}.`, companions: [] },
  findings: findings.map((f) => ({ ...f, region, locale })),
});

function record(results: ExportResult[], flowTable: FlowView[] = [view('delivery', 'SwiftShip Logistics')]): ExportRecord {
  return { template: 't1', file: 'templates/t1.yaml', channel: 'sms', category: 'utility', language: 'en', purpose: 'p', body: 'b', flows: [{ id: 'delivery' }], flowTable, lint: [], results };
}

describe('diagrams shared by content (pack format 6)', () => {
  it('are the same file for the same flows, whatever template they belong to, named by the hash of their bytes', () => {
    const a = diagramFile([view('delivery', 'SwiftShip Logistics')])!;
    const b = diagramFile([view('delivery', 'SwiftShip Logistics')])!;
    const c = diagramFile([view('delivery', 'Parcelo')])!;
    expect(a.path).toMatch(/^diagrams\/[0-9a-f]{16}\.svg$/);
    expect(b).toEqual(a);
    expect(c.path).not.toBe(a.path);
    expect(diagramNamed(path.basename(a.path), a.svg)).toBe(true);
    expect(diagramNamed(path.basename(a.path), `${a.svg} `)).toBe(false);
    expect(diagramNamed('../x.svg', a.svg)).toBe(false);
    // A standalone SVG file (XML): its size for the <img>, no template named in it.
    expect(a.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 920 ')).toBe(true);
    expect([a.width, a.height]).toEqual([920, Number(/viewBox="0 0 920 (\d+)"/.exec(a.svg)![1])]);
    expect(diagramFile([])).toBeUndefined();
  });

  it('hold no character XML forbids, so the file always opens', () => {
    const svg = flowDiagram([view('delivery', 'Bad\u0001Name\uD800 & <Co>')]);
    expect(svg).toContain('Bad\uFFFDName\uFFFD &amp; &lt;Co&gt;');
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('are shown on the flows\' page with <img>, not drawn into it; the template\'s page links that page (format 7)', () => {
    const rec = record([cell('eu', 'en', [])]);
    const d = diagramFile(rec.flowTable!)!;
    rec.diagram = d.path;
    const page = flowsPageFile(rec.flowTable!, d);
    rec.flowsPage = page.path;
    const flows = page.html;
    expect(flows).toContain(`<img class="flow-diagram" src="../${d.path}" width="${d.width}" height="${d.height}" alt=`);
    expect(flows).toContain('<table class="flows">');
    expect(flows).toContain('<strong>SwiftShip Logistics</strong>');
    expect(flows).not.toContain('<svg');
    expect(flows).not.toContain('t1');
    // A file named by the hash of its bytes, as the diagrams: the same for another template with the same flows.
    expect(page.path).toMatch(/^flows\/[0-9a-f]{16}\.html$/);
    expect(flowsPageNamed(page.path.slice(6), flows)).toBe(true);
    expect(flowsPageNamed(page.path.slice(6), `${flows} `)).toBe(false);
    expect(flowsPageFile([view('delivery', 'SwiftShip Logistics')], d).path).toBe(page.path);
    const html = renderDetailPage(rec);
    expect(html).toContain(`<a href="../${page.path}">Data flows</a>: <code>delivery</code>`);
    expect(html).not.toMatch(/<table|<img|<svg/);
    // No flows, no figure.
    expect(flowsPageFile([]).html).not.toContain('<figure');
  });
});

describe("a page's findings once each, with the cells they apply to (pack format 6)", () => {
  const shared = finding({});
  const chinaOnly = finding({ ruleId: 'region-element-missing', messageId: 'absent', message: 'china requires "cross_border" (Art. 38(1), Art. 39 PIPL)', data: { element: 'cross_border' }, line: 7, fix: 'Add the cross_border element.' });
  const euToo = finding({ ruleId: 'transfer-mechanism-invalid', messageId: 'own', message: 'flow "f1" names "contract" for data we keep on our own systems', data: {}, line: 21, column: 5, fix: undefined });
  const results = [cell('eu', 'en', [shared, euToo]), cell('california', 'en', [shared]), cell('sea', 'en', [shared, euToo]), cell('china', 'zh-CN', [shared, chinaOnly])];

  it('groups a finding with the same rule, text, place and fix over cells, leaves one of a single cell with it, and loses none', () => {
    const { shared, cells } = cellFindings(results);
    expect(shared.map((i) => [i.finding.ruleId, i.cells.map((c) => `${c.region}/${c.locale}`)])).toEqual([
      ['consent-evidence', ['eu/en', 'california/en', 'sea/en', 'china/zh-CN']],
      ['transfer-mechanism-invalid', ['eu/en', 'sea/en']],
    ]);
    expect(cells.map((c) => c.shared)).toEqual([[1, 2], [1], [1, 2], [1]]);
    expect(cells.map((c) => c.own.map((f) => f.ruleId))).toEqual([[], [], [], ['region-element-missing']]);
    // Nothing lost: each cell's findings, as they were, from its shared numbers and its own.
    const key = (f: Finding) => JSON.stringify(f);
    results.forEach((r, i) => expect([...cells[i]!.shared.map((n) => ({ ...shared[n - 1]!.finding, region: r.region, locale: r.locale })), ...cells[i]!.own].map(key).sort()).toEqual(r.findings.map(key).sort()));
    // A different fix is a different finding.
    expect(cellFindings([cell('eu', 'en', [shared[0]!.finding]), cell('sg', 'en', [{ ...shared[0]!.finding, fix: 'Other.' }])]).shared).toHaveLength(0);
  });

  it('shows each once with its rule, place (linked to its page: message and fix) and cells; each cell links the numbers of its shared ones and lists its own by rule', () => {
    const rec = record(results);
    const html = renderDetailPage(rec);
    // Stop 26: a cell's finding is its severity, rule and place on the template's page; its message and
    // fix are on its page in findings/, once for every template and cell with the same finding (the
    // same message stood in full on the page of every template with the same flows).
    expect(html).not.toContain('the template rests on consent (legal basis consent) but has no consent record');
    expect(html).not.toContain('china requires');
    // Format 7: the fix is on the finding's page, shared by every template with the same finding.
    expect(html).not.toContain('Fix:');
    const page = `findings/${findingTextHash(results[0]!.findings[0]!, rec, 'eu', 'en')}.html`;
    expect(findingTextHash(results[1]!.findings[0]!, { ...rec, template: 't2', file: 'templates/t2.yaml' }, 'california', 'en'), 'the same text for another template and cell').toBe(page.slice(9, -5));
    const findingHtml = renderFindingPage(page.slice(9, -5), { ruleId: 'consent-evidence', severity: 'error', message: shared.message, fix: shared.fix });
    expect(findingHtml).toContain('<p>Fix: Add consent: &#123; userIdentifier, timestamp, scope, path &#125; for the recipients of this template.</p>');
    expect(findingHtml).toContain('the template rests on consent (legal basis consent) but has no consent record');
    // Stop 25: the rule named, its explanation linked from the finding's page (not again from every finding of every page).
    expect(findingHtml).toContain('<a href="../rules.html#rule-consent-evidence"><code>consent-evidence</code></a>');
    const list = html.slice(html.indexOf('<h2 id="findings">'), html.indexOf('<h2 id="eu">'));
    expect(list).toContain(`<li id="finding-1"><span class="badge errors">error</span> <code>consent-evidence</code> at <a href="../${page}">3:1</a> <span class="cells">in all 4 cells</span></li>`);
    // A finding without a fix links its page too; one in another file than the template's names it.
    expect(list).toMatch(/<code>transfer-mechanism-invalid<\/code> at <a href="..\/findings\/[0-9a-f]{16}\.html">21:5<\/a> <span class="cells">in <a href="#eu--en">eu · en<\/a>, <a href="#sea--en">sea · en<\/a><\/span><\/li>/);
    expect(renderDetailPage(record([cell('eu', 'en', [finding({ file: 'organization.yaml' })])]))).toMatch(/<code>consent-evidence<\/code> at <a href="..\/findings\/[0-9a-f]{16}\.html">organization\.yaml:3:1<\/a>/);
    expect(list).not.toContain('region-element-missing');
    const china = html.slice(html.indexOf('id="china--zh-CN"'));
    const chinaPage = `findings/${findingTextHash(chinaOnly, rec, 'china', 'zh-CN')}.html`;
    expect(china).toMatch(/^[^]*?<h3>Findings<\/h3>\n<p class="finding-refs">Of several cells: <a class="badge errors" href="#finding-1">1<\/a><\/p>\n<ul class="findings">\n<li><span class="badge errors">error<\/span> <code>region-element-missing<\/code> at /);
    expect(china).toContain(`<code>region-element-missing</code> at <a href="../${chinaPage}">7:1</a></li>`);
    // Two of a cell's own findings by one rule: counted, each at its place.
    const other = { ...chinaOnly, message: 'china requires "overseas_recipients" (Art. 39 PIPL)', data: { element: 'overseas_recipients' }, line: 8 };
    const two = renderDetailPage(record([cell('china', 'zh-CN', [chinaOnly, other])]));
    expect(two).toMatch(/<li><span class="badge errors">error<\/span> <code>region-element-missing<\/code> ×2 at <a href="..\/findings\/[0-9a-f]{16}\.html">7:1<\/a> <a href="..\/findings\/[0-9a-f]{16}\.html">8:1<\/a><\/li>/);
    const clean = renderDetailPage(record([cell('eu', 'en', []), cell('sg', 'en', [])]));
    expect(clean).not.toContain('id="findings"');
    expect(clean.split('<p class="clean badge">no findings</p>').length - 1).toBe(3);
  });
});

describe('a page written in phase 1 takes its reviews without being rendered again', () => {
  it('replaces each cell\'s pending block, in page order, and refuses a page that is not one block per cell', () => {
    // Cells not grouped by region in the record: the page shows them by region.
    const results = [cell('eu', 'en', []), cell('sg', 'en', []), cell('eu', 'de', [])];
    const rec = record(results);
    const page = renderDetailPage(rec);
    expect(page.split(PENDING_REVIEW).length - 1).toBe(3);
    const signed: CellReview = { state: 'signed-off', signoff: { reviewer: 'Dana Legal', date: '2026-12-06' } } as CellReview;
    const reviews = new Map<ExportResult, CellReview>([[results[2]!, signed]]);
    const patched = withReviews(page, rec, reviews)!;
    expect(patched).toBe(renderDetailPage(rec, reviews));
    expect(patched.slice(patched.indexOf('id="eu--de"'))).toMatch(/^[^]*?Signed off by <strong class="reviewer">Dana Legal<\/strong>/);
    expect(withReviews(page.replace(PENDING_REVIEW, ''), rec, reviews)).toBeUndefined();
  });
});

describe('the record names its flows, kept once in texts.json (pack format 7)', () => {
  it('names the raw flows and their page by hash when stored and reads back everything but the table (the page\'s)', () => {
    const rec = { ...record([cell('eu', 'en', [finding({})])]), flowsPage: 'flows/0123456789abcdef.html' };
    const texts = new TextTable();
    const stored = compactRecord(rec, texts);
    expect(stored).not.toHaveProperty('flowTable');
    expect(stored).not.toHaveProperty('flowsPage');
    expect(stored.flows).toBe(flowsHash(flowsText(rec)));
    expect(texts.flows(stored.flows as string)).toEqual({ flows: rec.flows, page: rec.flowsPage });
    const { flowTable: _table, ...withoutTable } = rec;
    expect(expandRecord(JSON.parse(JSON.stringify(stored)), texts)).toEqual(withoutTable);
    // Another template with the same flows names the same entry.
    expect(compactRecord({ ...rec, template: 't2', file: 'templates/t2.yaml' }, texts).flows).toBe(stored.flows);
    // A record of format 6 holds its raw flows and no page of them.
    const six = { ...JSON.parse(JSON.stringify(stored)), flows: rec.flows };
    const { flowTable: _t, flowsPage: _p, ...rest } = rec;
    expect(expandRecord(six, texts)).toEqual(rest);
  });
});

describe("the pack's SARIF (pack formats 6 and 7)", () => {
  it('leaves out the fix and the data the message says, keeps the rest, and is valid SARIF 2.1.0 with each rule\'s help', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'disclose-sarif6-')), 'findings.sarif');
    const sarif = new SarifStream(file, '/proj', '0.0.0');
    const related = finding({ ruleId: 'region-element-missing', messageId: 'absent', message: 'eu requires 2 elements', data: { related: [{ element: 'x', line: 9, column: 2, topic: 'rights' }] }, region: 'eu', locale: 'en', fix: 'Add them.' });
    sarif.add([finding({ region: 'eu', locale: 'en' }), finding({ region: 'eu', locale: 'en', line: 4, data: { reason: 'not said', count: 2 } }), related]);
    sarif.close();
    const log = JSON.parse(readFileSync(file, 'utf8')) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } }; results: Array<{ message: { text: string }; properties: Record<string, unknown> }> }> };
    // Sorted as check sorts them: by place, then rule.
    const [said, grouped, own] = log.runs[0]!.results;
    expect(said!.message.text).toBe('the template rests on consent (legal basis consent) but has no consent record (t1 · eu · en)');
    expect(said!.properties, 'format 7: template, region and locale are in the message and fingerprint').toBeUndefined();
    expect(own!.properties['data']).toEqual({ reason: 'not said', count: 2 });
    expect(grouped!.message.text).toMatch(/^eu requires 2 elements \(t1 · eu · en\) Related: \[line 9\]\(1\)\.$/);
    expect(grouped!.properties['data']).toBeDefined();
    for (const r of log.runs[0]!.results) expect(r.message.text).not.toContain('Fix:');
    for (const rule of log.runs[0]!.tool.driver.rules) expect(rule.help.text, rule.id).toMatch(/fix is on its page of the review pack \(findings\//);
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const Ajv04 = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } };
    const validate = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('drops data only when every value of it is a string the message says', () => {
    expect(dataInMessage(undefined, 'm')).toBe(true);
    expect(dataInMessage({}, 'm')).toBe(true);
    expect(dataInMessage({ a: 'x', b: ['y'] }, 'x and y')).toBe(true);
    expect(dataInMessage({ a: 'x', b: ['z'] }, 'x and y')).toBe(false);
    expect(dataInMessage({ n: 1 }, '1')).toBe(false);
    expect(dataInMessage({ f: true }, 'true')).toBe(false);
  });
});
