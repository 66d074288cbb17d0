/**
 * `disclose export`: a review pack for legal sign-off. Two phases, so shards merge into the same
 * result as one run: (1) each template is rendered for every target and written as
 * `data/<id>.json` plus its detail pages; (2) the aggregates (index.html, summary.csv/md/json,
 * findings.sarif, meta/, changes) are written by streaming over `data/` in name order.
 */
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { DiscloseError } from '../errors.js';
import { dedupeFindings } from '../check/finding.js';
import { relativePath } from '../format/paths.js';
import type { Project, Target } from '../project.js';
import { packageVersion } from '../version.js';
import { insideDir, withAtomicDir } from '../io/atomic-dir.js';
import { checkOutFolder, checkReplaceable, checkShardFolders } from './out-dir.js';
import { recoverAtomicDir } from '../io/recover-dir.js';
import { ChangeLog } from './changes.js';
import { CsvSummary } from './summary-csv.js';
import { HtmlIndex, omittedLocales, type Column, type OmittedLocales } from './html-index.js';
import { JsonSummary, readSummary, rowKey } from './summary-json.js';
import { MarkdownSummary } from './summary-markdown.js';
import { dataName, metaName, pageName } from './names.js';
import type { ExportResult, SummaryRow } from './model.js';
import { readSignOffs, Reviews, type CellReview, type ReviewState, type SignOffProblem } from './signoffs.js';
import { NOTES_PAGE, renderDetailPage, renderFindingPage, renderNotesPage, renderRulesPage, renderTextsPage, RULES_PAGE, withReviews } from './html-page.js';
import { DIAGRAMS_DIR, diagramNamed } from './flow-diagram.js';
import type { TextUsers } from './text-users.js';
import { FINDINGS_DIR, findingPage, FLOWS_DIR, flowsPageNamed, readTexts, SpilledTexts, TEXTS_DIR, TEXTS_FILE, textsPageOf, type BodyPages, type TextLookup, type UnsettledNote, type UsedTexts } from './text-store.js';
import { STYLE, STYLESHEET } from './html-style.js';
import { escapeMarkdownCell } from '../format/markdown-escape.js';
import { Progress } from './progress.js';
import { readExportRecord, readPackJson } from './read-pack.js';
import { isManifest, PACK_FORMAT_VERSION, REPLACEABLE_FORMAT_VERSIONS, templateSetHash, writeManifest, type Manifest } from './manifest.js';
import { SarifStream } from './sarif-stream.js';
import { threadCount, writeTemplatesInThreads } from './parallel-templates.js';
import { duplicateIdError, writeTemplate, type WriteTemplateOptions, type WrittenTemplate } from './write-template.js';
import { contributionOf, SpilledParts } from './contribution.js';
import { fileIntact, openPackCache, replaceFile, reuseFiles, type AggregateCache, type ExportEntry, type PackCache } from './pack-cache.js';
import { SpanRecorder, type PageRecord, type Spanned, type PartSink } from './aggregate-spans.js';
import { cacheable } from '../cache/check-cache.js';
import type { CacheOptions } from '../cache/store.js';

export const FORMATS = ['html', 'md', 'csv', 'json', 'sarif', 'meta'] as const;
export type Format = (typeof FORMATS)[number];
/**
 * The formats of a pack when none are named: all but `sarif`. The pack is for legal sign-off; code
 * scanning takes its SARIF from `disclose check --format sarif` (the same findings), so
 * findings.sarif is written only when asked (`--sarif`, or `sarif` in `--format`).
 */
export const DEFAULT_FORMATS: readonly Format[] = FORMATS.filter((f) => f !== 'sarif');

export interface ExportOptions {
  out: string;
  targets: Target[];
  formats: Format[];
  cwd: string;
  /** A previous export folder: mark new, changed and removed footers and clauses. */
  since?: string;
  /** `index` is 1-based: `--shard 2/4` takes every fourth template starting with the second. */
  shard?: { index: number; count: number };
  /** Where progress goes (standard error when it is a terminal); none when undefined. */
  progress?: (text: string) => void;
  /** A timestamp to print in the pack; none by default so runs are byte-identical. */
  timestamp?: string;
  /** Threads for the templates; default: one per core for large exports (`parallel-templates.ts`). */
  jobs?: number;
  /** Policy documents (absolute paths) each cell is checked against, as `check` does. */
  policyFiles?: string[];
  /** The sign-off sheet to carry over (default: the `--since` pack's summary.csv); needs `since`. */
  signoffs?: string;
  /** `--cache`: reuse what the last cached export to `out` made of the templates that did not change. */
  cache?: CacheOptions;
}

export interface ExportSummary {
  out: string;
  templates: number;
  rows: number;
  errors: number;
  warnings: number;
  /** Threads the templates were rendered in (1 for a merge). */
  threads: number;
  /** Cells by review state: signed off, needs re-review, pending. */
  review: Record<ReviewState, number>;
  /** Sign-offs of the sheet that were not applied, and why. */
  signoffProblems: SignOffProblem[];
}

/**
 * The scratch file the texts of the pack being built are kept in until texts.json is written
 * (`SpilledTexts`); removed before the pack is complete.
 */
const SCRATCH = '.texts-scratch';
/** The scratch file the templates' parts of the aggregates wait in (`SpilledParts`); removed before the pack is complete. */
const PARTS_SCRATCH = '.parts-scratch';

/** What the aggregates read texts from and write texts.json with. */
type PackTexts = TextLookup & { write(dir: string, used: UsedTexts, pages?: BodyPages): void; readonly users: TextUsers; notesOf(hash: string): Array<[string, UnsettledNote]>; readonly written: string | undefined };

/** Folders written per template in phase 1, which shards contribute to a merge. */
const PER_TEMPLATE = ['data', 'pages', 'meta'] as const;

export async function exportPack(project: Project, files: string[], options: ExportOptions): Promise<ExportSummary> {
  const prev = options.since ? { ...loadPrevious(options.since), ...(options.signoffs ? { signoffs: options.signoffs } : {}) } : undefined;
  const columns = options.targets.map((t) => ({ region: t.region.id, locale: t.locale }));
  const omitted = omittedLocales(options.targets);
  const chosen = options.shard ? files.filter((_, i) => i % options.shard!.count === options.shard!.index - 1) : files;
  const cached = options.cache && cacheable(project) ? openPackCache(project, files, chosen, options, options.cache) : undefined;
  const summary = await withAtomicDir(options.out, async (tmp) => {
    // With --cache, each texts page's inputs are digested as its cells are met (`writeTexts`).
    const texts = new SpilledTexts(insideDir(tmp, SCRATCH), !!cached);
    const parts = new SpilledParts(insideDir(tmp, PARTS_SCRATCH));
    let summary: Omit<ExportSummary, 'threads'>;
    let threads: number;
    try {
      threads = await writeTemplates(project, chosen, options, tmp, texts, parts, cached);
      summary = writeAggregates(tmp, options.out, columns, options.formats, options.cwd, prev, options.timestamp, texts, cached?.aggregates, parts, omitted, project.asOf);
    } finally {
      texts.dispose();
      parts.dispose();
      cached?.aggregates.previous?.close();
    }
    cached?.record(tmp);
    const run = { templates: files.length, set: templateSetHash(files.map((f) => relativePath(f, options.cwd))) };
    writeManifest(tmp, { disclose: packageVersion(), columns, formats: options.formats, run, ...(options.shard ? { shard: options.shard } : {}), ...(omitted.length ? { omitted } : {}), asOf: project.asOf });
    return { ...summary, threads };
  }, checkReplaceable).catch((e: unknown) => {
    // A failed run leaves the cache file as it was (the entries written so far are dropped).
    cached?.abort();
    throw e;
  });
  // Put in place once the new pack is: the files it names are those of --out.
  cached?.save();
  return summary;
}

/** Merges shard exports into one pack, identical to what one run would have written. */
export async function mergePacks(shards: string[], options: Pick<ExportOptions, 'out' | 'cwd' | 'since' | 'timestamp'>): Promise<ExportSummary> {
  const manifests = shards.map((dir) => readManifest(dir));
  const first = checkShardsAddUp(shards, manifests);
  const prev = options.since ? loadPrevious(options.since) : undefined;
  checkOutFolder(options.out, [...shards, options.since], options.since);
  checkShardFolders(shards);
  return withAtomicDir(options.out, async (tmp) => {
    mkdirSync(insideDir(tmp, 'data'));
    if (first.formats.includes('html')) {
      mkdirSync(insideDir(tmp, 'pages'));
      mkdirSync(insideDir(tmp, DIAGRAMS_DIR));
      mkdirSync(insideDir(tmp, FLOWS_DIR));
    }
    if (first.formats.includes('meta')) mkdirSync(insideDir(tmp, 'meta'));
    const seen = new Map<string, string>();
    let summary: ExportSummary;
    // Each shard's texts; the merged pack's texts.json and texts/ are written with the aggregates.
    const texts = new SpilledTexts(insideDir(tmp, SCRATCH));
    try {
      for (const dir of shards) {
        texts.adopt(readTexts(path.join(dir, TEXTS_FILE)));
        copyShardFiles(dir, tmp, seen);
      }
      summary = writeAggregates(tmp, options.out, first.columns, first.formats as Format[], options.cwd, prev, options.timestamp, texts, undefined, undefined, first.omitted ?? [], first.asOf);
    } finally {
      texts.dispose();
    }
    writeManifest(tmp, { disclose: packageVersion(), columns: first.columns, formats: first.formats, run: first.run, ...(first.omitted?.length ? { omitted: first.omitted } : {}), ...(first.asOf ? { asOf: first.asOf } : {}) });
    return summary;
  }, checkReplaceable);
}

/** A shard's per-template files, copied into the merged pack; a file two shards hold is refused. */
function copyShardFiles(dir: string, tmp: string, seen: Map<string, string>): void {
  for (const sub of PER_TEMPLATE) {
    const from = path.join(dir, sub);
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from)) {
      const key = `${sub}/${name}`;
      if (seen.has(key)) throw new DiscloseError('E_DUPLICATE_ID', `${key} is in both ${seen.get(key)} and ${dir}`, {}, 'Each template belongs to one shard; were the shards run with the same --shard count?');
      seen.set(key, dir);
      // Shards hold plain files; a link could copy any file the user can read into the pack.
      if (!lstatSync(path.join(from, name)).isFile()) throw new DiscloseError('E_PATH', `${key} in ${dir} is not a plain file`, { file: path.join(from, name) }, 'Merge folders written by `disclose export --shard`.');
      copyFileSync(path.join(from, name), insideDir(tmp, `${sub}/${name}`));
    }
  }
  copyShardShared(dir, tmp, DIAGRAMS_DIR, diagramNamed, 'diagram');
  copyShardShared(dir, tmp, FLOWS_DIR, flowsPageNamed, 'flows page');
}

/**
 * A shard's shared files (diagrams, pack format 6; flows' pages, format 7): each is named by its
 * content, so two shards may hold the same one; it is copied once, and only a plain file that holds
 * the bytes its name says.
 */
function copyShardShared(dir: string, tmp: string, sub: string, named: (name: string, bytes: Buffer) => boolean, what: string): void {
  const from = path.join(dir, sub);
  if (!existsSync(from)) return;
  for (const name of readdirSync(from)) {
    const file = path.join(from, name);
    const bad = (why: string) => new DiscloseError('E_PATH', `${sub}/${name} in ${dir} ${why}`, { file }, 'Merge folders written by `disclose export --shard`, as the export wrote them.');
    if (!lstatSync(file).isFile()) throw bad('is not a plain file');
    const bytes = readFileSync(file);
    if (!named(name, bytes)) throw bad(`is not the ${what} its name says (edited or damaged)`);
    const to = insideDir(tmp, `${sub}/${name}`);
    if (!existsSync(to)) writeFileSync(to, bytes);
  }
}

/**
 * A shared file of the previous pack (a diagram, a flows' page) that a reused template shows, put
 * into the new pack once: linked (copied where a link is not possible); `pack-cache.ts` reuses a
 * template only when that file is a plain file holding the bytes its name says.
 */
function reuseShared(prevOut: string, tmp: string, file: string): void {
  const to = path.join(tmp, file);
  if (existsSync(to)) return;
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(path.join(prevOut, file), to);
  } catch {
    copyFileSync(path.join(prevOut, file), to);
  }
}

/**
 * Shards add up to one run: every shard of the same run (same template set, options and count),
 * each index exactly once. A missing, repeated or foreign shard is refused; a merge never writes
 * a pack that silently lacks templates.
 */
function checkShardsAddUp(dirs: string[], manifests: Manifest[]): Manifest {
  const first = manifests[0]!;
  const at = (i: number) => ({ file: path.join(dirs[i]!, 'pack.json') });
  const sameColumns = (m: Manifest) => JSON.stringify(m.columns) === JSON.stringify(first.columns);
  const sameFormats = (m: Manifest) => JSON.stringify(m.formats) === JSON.stringify(first.formats);
  manifests.forEach((m, i) => {
    if (!m.shard) throw new DiscloseError('E_USAGE', `${dirs[i]} is a whole export, not a shard`, at(i), 'Merge the folders written by `disclose export --shard i/n`.');
    if (!sameColumns(m)) throw new DiscloseError('E_USAGE', `shard ${dirs[i]} was exported with other regions or locales than ${dirs[0]}`, at(i), 'Export every shard with the same options.');
    if (!sameFormats(m)) {
      // Most often findings.sarif: written only with --sarif since stop 24, so one shard has it and another not.
      const sarif = m.formats.includes('sarif') !== first.formats.includes('sarif') ? ' (findings.sarif is written only with --sarif or sarif in --format)' : '';
      throw new DiscloseError('E_USAGE', `shard ${dirs[i]} was exported with the formats ${m.formats.join(',')}, ${dirs[0]} with ${first.formats.join(',')}${sarif}`, at(i), 'Export every shard with the same --format and --sarif options, then merge them.');
    }
    // One pack says one date its findings were judged as of (review 11 L11-7).
    if (m.asOf !== first.asOf) {
      const date = (d: string | undefined) => d ?? 'no recorded date';
      throw new DiscloseError('E_USAGE', `shard ${dirs[i]} was judged as of ${date(m.asOf)}, ${dirs[0]} as of ${date(first.asOf)}: the merged pack would say one date for findings judged on two`, at(i), 'Export every shard with the same --as-of date (or asOf: in the config), then merge them.');
    }
    if (m.run.set !== first.run.set || m.run.templates !== first.run.templates || m.shard.count !== first.shard!.count) {
      throw new DiscloseError('E_USAGE', `shard ${dirs[i]} belongs to another run than ${dirs[0]} (other templates or shard count)`, at(i), 'Merge shards of one run: the same templates, exported with --shard i/n for the same n.');
    }
  });
  const count = first.shard!.count;
  const byIndex = new Map<number, number>();
  manifests.forEach((m, i) => {
    const prior = byIndex.get(m.shard!.index);
    if (prior !== undefined) throw new DiscloseError('E_USAGE', `${dirs[prior]} and ${dirs[i]} are both shard ${m.shard!.index}/${count}`, at(i), 'Pass each shard once.');
    byIndex.set(m.shard!.index, i);
  });
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) {
    throw new DiscloseError('E_USAGE', `shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: the merged pack would lack ${missing.length === 1 ? 'its' : 'their'} templates`, {}, `Pass all ${count} shards of the run.`);
  }
  return first;
}

function readManifest(dir: string): Manifest {
  recoverAtomicDir(dir);
  const file = path.join(dir, 'pack.json');
  if (!existsSync(file)) throw new DiscloseError('E_USAGE', 'not a disclose export (no pack.json)', { file: dir }, 'Pass folders written by `disclose export`.');
  const older = readPackJson<Manifest>(file, (v) => isManifest(v, REPLACEABLE_FORMAT_VERSIONS), 'the manifest of a disclose export');
  if (older.formatVersion !== PACK_FORMAT_VERSION) {
    throw new DiscloseError('E_USAGE', `a shard of pack format ${older.formatVersion} (disclose ${older.disclose}); this version of disclose writes and merges format ${PACK_FORMAT_VERSION} only`, { file }, 'Export the shards again with this version of disclose (`disclose export --shard i/n`), then merge them.');
  }
  return older;
}

/** An earlier pack, first restored if an export was killed while swapping it (`recover-dir.ts`). */
function loadPrevious(dir: string): { dir: string; rows: Map<string, SummaryRow> } {
  recoverAtomicDir(dir);
  const file = path.join(dir, 'summary.json');
  if (!existsSync(file)) throw new DiscloseError('E_USAGE', 'the previous export has no summary.json', { file: dir }, 'Pass a folder written by `disclose export` with the json format.');
  return { dir, rows: readSummary(file) };
}

/** Phase 1 for every template; returns the number of threads it ran in. */
async function writeTemplates(project: Project, allFiles: string[], options: ExportOptions, out: string, texts: SpilledTexts, parts: SpilledParts, cached?: PackCache): Promise<number> {
  mkdirSync(insideDir(out, 'data'));
  const opts: WriteTemplateOptions = { targets: options.targets, cwd: options.cwd, pages: options.formats.includes('html'), meta: options.formats.includes('meta'), ...(options.policyFiles?.length ? { policyFiles: options.policyFiles } : {}), ...(cached?.plan.deferred.size ? { report: true } : {}) };
  if (opts.pages) {
    mkdirSync(insideDir(out, 'pages'));
    mkdirSync(insideDir(out, DIAGRAMS_DIR));
    mkdirSync(insideDir(out, FLOWS_DIR));
  }
  if (opts.meta) mkdirSync(insideDir(out, 'meta'));
  // Templates the cache holds: their files of the previous pack, linked (`pack-cache.ts`).
  const reused = cached?.reused ?? new Map<string, ExportEntry>();
  for (const [file, entry] of reused) {
    if (reuseFiles(options.out, out, entry)) cached!.aggregates.linked.add(file);
    // Its page's diagram, shared by content: linked from the previous pack once (checked there against its name).
    const diagram = entry.pack!.contrib.diagram;
    if (diagram && opts.pages) reuseShared(options.out, out, diagram);
    // Its texts, from the previous pack's texts.json (each checked against its hash when read).
    for (const c of entry.pack!.contrib.cells) texts.copy(cached!.texts!, c.body, c.footer);
    for (const h of entry.pack!.contrib.findings) texts.copyFinding(cached!.texts!, h);
    texts.copyFlows(cached!.texts!, entry.pack!.contrib.flows);
    // Its flows' page, shared by content (pack format 7): likewise.
    const flowsPage = cached!.texts!.flows(entry.pack!.contrib.flows)?.page;
    if (flowsPage && opts.pages) reuseShared(options.out, out, flowsPage);
  }
  const files = allFiles.filter((f) => !reused.has(f));
  const progress = new Progress(options.progress, allFiles.length, 'export');
  let done = reused.size;
  const threads = threadCount(project, files.length, availableParallelism(), options.jobs);
  const written: Array<{ file: string } & WrittenTemplate> = [];
  if (threads > 1) {
    written.push(...(await writeTemplatesInThreads(project, files, opts, out, texts, parts, threads, () => progress.tick(++done), cached?.plan.uses)));
  } else {
    const ids = new Map<string, string>();
    for (const file of files) {
      let name = '';
      const part = writeTemplate(project, file, opts, out, texts, (w) => {
        const prior = ids.get(w.dataName);
        if (prior) throw duplicateIdError(w, prior);
        ids.set(w.dataName, file);
        written.push({ file, ...w });
        name = w.dataName;
      });
      parts.add(name, part);
      progress.tick(++done);
    }
  }
  if (reused.size) checkReusedIds(allFiles, reused, written);
  // What the cache's plan left to the run (a cold run's uses), before the aggregates write the entries.
  cached?.ran(written);
  progress.done();
  return threads;
}

/**
 * A template written now with the id of one reused from the cache: the error a run without the
 * cache stops at (the later of the two in file order). Among the templates written now, repeats
 * were caught as they were written.
 */
function checkReusedIds(files: string[], reused: Map<string, ExportEntry>, written: Array<{ file: string } & WrittenTemplate>): void {
  const byFile = new Map(written.map((w) => [w.file, w]));
  const first = new Map<string, string>();
  for (const file of files) {
    const hit = reused.get(file);
    const w: WrittenTemplate | undefined = hit ? { id: hit.id, dataName: dataName(hit.id), idPos: hit.idPos } : byFile.get(file);
    if (!w) continue;
    const prior = first.get(w.dataName);
    if (prior !== undefined) throw duplicateIdError(w, prior);
    first.set(w.dataName, file);
  }
}

function writeAggregates(
  dir: string,
  finalOut: string,
  columns: Column[],
  formats: Format[],
  cwd: string,
  prev: { dir: string; rows: Map<string, SummaryRow>; signoffs?: string } | undefined,
  timestamp: string | undefined,
  texts: PackTexts,
  cache?: AggregateCache,
  /** The parts of the templates phase 1 wrote (a merge has none: its records are read back). */
  parts?: SpilledParts,
  /** Each region's locales no column covers, named on the index (review 10 L10-3; a merge knows only its columns). */
  omitted: readonly OmittedLocales[] = [],
  /** The date the findings were judged as of, said on the index and summary.md (review 11 L11-7; shards written before it record none). */
  asOf?: string,
): ExportSummary {
  const has = (f: Format) => formats.includes(f);
  const title = 'disclose review pack';
  const note = `${columns.length} region × locale columns${timestamp ? ` · exported ${timestamp}` : ''}${prev ? ` · changes since ${relativePath(prev.dir, cwd)}` : ''}`;
  // One stylesheet for the index and every page, instead of a copy in each.
  if (has('html')) writeFileSync(insideDir(dir, STYLESHEET), STYLE.trimStart());
  // Each rule explained once for the pack; findings on the pages link to it.
  if (has('html')) writeFileSync(insideDir(dir, RULES_PAGE), renderRulesPage());
  const index = has('html') ? new HtmlIndex(insideDir(dir, 'index.html'), columns, title, note, omitted, asOf) : undefined;
  const csv = has('csv') ? new CsvSummary(insideDir(dir, 'summary.csv')) : undefined;
  const md = has('md') ? new MarkdownSummary(insideDir(dir, 'summary.md'), title, asOf) : undefined;
  const json = has('json') ? new JsonSummary(insideDir(dir, 'summary.json')) : undefined;
  const sarif = has('sarif') ? new SarifStream(insideDir(dir, 'findings.sarif'), cwd, packageVersion()) : undefined;
  const changes = prev ? new ChangeLog(prev.dir) : undefined;
  // Sign-offs of the previous pack's summary.csv (as the reviewer filled it in), checked against its rows.
  const reviews = new Reviews(prev ? readSignOffs(prev.signoffs ?? path.join(prev.dir, 'summary.csv'), prev.rows, cwd) : undefined, prev?.dir);
  const seen = new Set<string>();
  const summary: ExportSummary = { out: finalOut, templates: 0, rows: 0, errors: 0, warnings: 0, threads: 1, review: reviews.counts, signoffProblems: [] };
  const dataDir = path.join(dir, 'data');
  // Each clause body's cells, in template order, for its page; the texts the records name.
  const users = texts.users;
  const footers = new Set<string>();
  const findingTexts = new Set<string>();
  const flowSets = new Set<string>();
  // With --cache (not --since): where each template's part of each aggregate begins, for the next run.
  const spans = cache && !prev ? (cache.spans = new SpanRecorder([['summary.csv', csv], ['summary.json', json], ['findings.sarif', sarif], ['index.html', index]])) : undefined;
  for (const name of readdirSync(dataDir).sort()) {
    // A template the cache holds, or one phase 1 wrote: its rows and findings without reading its
    // record back (not with --since, whose reviews and changes need the record).
    const hit = prev ? undefined : (cache?.reuse.get(name) ?? parts?.take(name));
    spans?.begin(name);
    // One the cache reuses: its part of each aggregate copied from the previous pack's file, where that file still holds it.
    const from = hit && cache?.previous && cache.reuse.get(name) === hit ? cache.previous : undefined;
    const copied = (file: Spanned, sink: PartSink | undefined) => !!from && !!sink && from.copyPart(file, name, sink);
    const csvCopied = copied('summary.csv', csv);
    const jsonCopied = copied('summary.json', json);
    const rec = hit ? undefined : readExportRecord(path.join(dataDir, name), texts);
    const part = hit ?? contributionOf(rec!);
    // Its clause texts' page: the one of every template with its flows (pack format 8), as its page links it.
    const flowsPage = has('html') ? texts.flows(part.flows)?.page : undefined;
    part.cells.forEach((c, i) => {
      const row = part.rows[i]!;
      users.add(c.body, { template: part.template, region: row.region, locale: row.locale, page: row.page, heading: c.heading, textsPage: textsPageOf(flowsPage, c.body) });
      footers.add(c.footer);
    });
    for (const f of part.findings) findingTexts.add(f);
    flowSets.add(part.flows);
    summary.templates++;
    const rows: SummaryRow[] = [];
    const cellReviews = new Map<ExportResult, CellReview>();
    part.rows.forEach((base, i) => {
      const row: SummaryRow = { ...base };
      if (rec) {
        const r = rec.results[i]!;
        const review = reviews.review(row, r, dedupeFindings([...rec.lint, ...r.findings]), prev?.rows.get(rowKey(row)));
        cellReviews.set(r, review);
        row.review = review.state;
        if (review.signoff) {
          row.reviewer = review.signoff.reviewer;
          row.signedOff = review.signoff.date;
        }
        if (prev) {
          const before = prev.rows.get(rowKey(row));
          row.change = !before ? 'new' : before.footerHash === row.footerHash && before.clauseHash === row.clauseHash ? 'unchanged' : 'changed';
          if (row.change === 'changed') changes!.changed(row, before!, r);
          else if (row.change === 'new') changes!.added(row);
        }
      } else {
        // No --since: no sign-offs, every cell pending (as Reviews.review says without a sheet).
        reviews.counts.pending++;
        row.review = 'pending';
      }
      seen.add(rowKey(row));
      rows.push(row);
      summary.rows++;
      if (!csvCopied) csv?.row(row);
      md?.row(row); // counts every cell, reused or not (summary.md holds no part of a template)
      if (!jsonCopied) json?.row(row);
    });
    // The template's findings once each (its lint findings belong to no one cell), as `check` lists them.
    const unique = part.unique;
    summary.errors += unique.filter((f) => f.severity === 'error').length;
    summary.warnings += unique.filter((f) => f.severity === 'warning').length;
    if (!copied('findings.sarif', sarif)) sarif?.add(unique);
    const cells = columns.map((c) => rows.find((x) => x.region === c.region && x.locale === c.locale));
    const indexPart = index && from?.span('index.html', name);
    if (indexPart) index!.copy(indexPart.from, indexPart.start, indexPart.end, cells);
    else index?.row(part.template, cells);
    // Pages are written with every cell pending; one with a sign-off in force or invalidated is written again
    // (as a new file: it may be linked from the previous pack), and is then not one the cache can reuse.
    if (rec && has('html') && [...cellReviews.values()].some((v) => v.state !== 'pending')) {
      // The page phase 1 wrote, with the reviews in place of its pending blocks (the flows table is on the page alone).
      const page = insideDir(dir, `pages/${pageName(rec.template)}`);
      replaceFile(page, withReviews(readFileSync(page, 'utf8'), rec, cellReviews) ?? renderDetailPage(rec, cellReviews));
      cache?.rewritten.add(name);
    }
    // Its files are final: its cache entry is written now, not held until the pack is done.
    cache?.made(dir, name, part);
  }
  spans?.end();
  if (prev && changes) {
    for (const [key, row] of prev.rows) if (!seen.has(key)) changes.removed(row);
  }
  // With --cache, a shared page whose inputs and file are the recorded ones is linked, not made again.
  writeTexts(dir, texts, users, { bodies: new Set(users.bodies()), footers, findings: findingTexts, flows: flowSets }, has('html'), cache ? { out: finalOut, ...(cache.pages ? { pages: cache.pages } : {}), ...(spans ? { spans } : {}) } : undefined);
  reviews.finish();
  summary.signoffProblems = reviews.problems;
  const changeHtml = `${reviews.html()}${changes ? changes.html() : ''}`;
  if (changes) writeFileSync(insideDir(dir, 'changes.md'), changes.markdown());
  index?.close(changeHtml);
  md?.append(reviews.markdown(escapeMarkdownCell));
  if (md && changes) md.append(`\n${changes.markdown().replace(/^# /, '## ')}`);
  md?.close();
  csv?.close();
  json?.close();
  sarif?.close();
  return summary;
}

/** What `writeTexts` knows of the previous pack with `--cache`: its folder, its shared pages' records, and where to record this pack's. */
interface PreviousPages {
  out: string;
  pages?: Map<string, PageRecord>;
  spans?: SpanRecorder;
}

/**
 * texts.json with every text the records name, and with html the pages of the shared texts: each
 * clause body with the cells that use it (its text on the page alone, pack format 8) and each
 * finding text (pack format 7). (The flows' pages
 * are written with the templates, as the diagrams are: they are made from the flows table, which
 * the pack keeps on them alone.)
 *
 * With `--cache` (cache format 4), each page's inputs are digested (a texts page: the cells that link
 * it with their bodies' hashes, in order, `TextUsers.digest`; a finding's page: its hash, which names
 * its text; the notes page: its notes' hashes), and the cache records the digest with the page's
 * stats, and texts.json's SHA-256. A page whose digest is the one recorded, in a previous pack whose
 * file is still the recorded one (same size, modification time and inode), is linked without being
 * made again, and its bodies' texts are not read; any other is made (its bodies read from the
 * previous pack's pages where a reused template named them, each checked against its hash), and
 * linked when the previous pack's file holds the same bytes.
 */
function writeTexts(dir: string, texts: PackTexts, users: TextUsers, used: UsedTexts, html: boolean, previous?: PreviousPages): void {
  // With pages, each clause body's text is on its page alone (pack format 8).
  texts.write(dir, used, html ? new Map([...used.bodies].map((hash) => [hash, users.pageOf(hash)!])) : undefined);
  previous?.spans?.texts(texts.written);
  if (!html) return;
  const put = (rel: string, digest: string | undefined, render: () => string) => {
    const to = path.join(dir, rel);
    if (digest !== undefined) previous?.spans?.page(rel, digest);
    const was = previous?.pages?.get(rel);
    if (was && digest !== undefined && was.digest === digest && linkRecorded(previous!.out, to, was)) return;
    const page = Buffer.from(render());
    if (!(previous && linkSame(path.join(previous.out, rel), to, page))) writeFileSync(to, page);
  };
  mkdirSync(insideDir(dir, TEXTS_DIR));
  // One page of clause texts for every template with the same flows (pack format 8), one body at a time in memory.
  const notes = new Map<string, UnsettledNote>();
  for (const [page, bodies] of users.pages()) {
    const group = path.basename(page, '.html');
    const flowsPage = bodies.includes(group) ? undefined : `${FLOWS_DIR}/${group}.html`;
    for (const hash of bodies) for (const [h, n] of texts.notesOf(hash)) notes.set(h, n);
    put(page, users.digest(page), () => renderTextsPage(group, bodies.map((hash) => ({ hash, body: texts.body(hash)!, users: users.users(hash, page) })), flowsPage));
  }
  // The unsettled-law notes those pages link, each once for the pack (stop 25).
  if (notes.size) put(NOTES_PAGE, previous ? pageDigest([...notes.keys()].sort()) : undefined, () => renderNotesPage(notes));
  mkdirSync(insideDir(dir, FINDINGS_DIR));
  // A finding's page is made from its text alone, which its hash names.
  for (const hash of [...used.findings].sort()) put(findingPage(hash), previous ? hash : undefined, () => renderFindingPage(hash, texts.finding(hash)!));
}

/** The digest of what a shared page is made from. */
const pageDigest = (inputs: unknown): string => createHash('sha256').update(JSON.stringify(inputs)).digest('hex');

/**
 * Links the shared page `was` of the previous pack `out` to `to` when it is still the file the cache
 * recorded (`fileIntact`). False when it is not, or cannot be linked.
 */
function linkRecorded(out: string, to: string, was: PageRecord): boolean {
  if (!fileIntact(out, was)) return false;
  try {
    linkSync(path.join(out, was.path), to);
    return true;
  } catch {
    return false;
  }
}

/**
 * Links `from` (a file of the previous pack) to `to` when it holds exactly `bytes`: a plain file
 * read and compared, so a page edited since is written again. False when it does not, or cannot.
 */
function linkSame(from: string, to: string, bytes: Buffer): boolean {
  try {
    const st = lstatSync(from);
    if (!st.isFile() || st.size !== bytes.length || !readFileSync(from).equals(bytes)) return false;
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}
