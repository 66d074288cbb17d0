/**
 * Phase 1 of an export on several cores: the templates are dealt round-robin to worker threads
 * (`export-worker.ts`), each of which writes its templates' files into the pack being built. The
 * result is the same as one thread's: the files are the same, the aggregates are written after,
 * in name order, and the error reported is the one a single thread would have met first (the
 * earliest template that failed, or the later of two templates with one id).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DiscloseError, type ErrorCode } from '../errors.js';
import type { CatalogOptions } from '../load/catalog.js';
import type { Project } from '../project.js';
import type { DataUse, ProjectUses } from '../render/project-uses.js';
import { RULES } from '../rules/index.js';
import type { SeverityOverrides } from '../check/run-rules.js';
import type { TextsFile } from './text-store.js';
import { duplicateIdError, type WriteTemplateOptions, type WrittenTemplate } from './write-template.js';

export interface WorkerInput {
  catalog: CatalogOptions;
  orgFile: string;
  severity: SeverityOverrides;
  /** The main thread's date to check as of: every cell of one export checks as of the same day. */
  asOf: string;
  targets: Array<{ region: string; locale: string }>;
  cwd: string;
  pages: boolean;
  meta: boolean;
  out: string;
  /** Policy documents every cell is checked against, as in the main thread. */
  policyFiles: string[];
  /** `WriteTemplateOptions.report`: each template's claim and part say what its cache entry needs. */
  report?: boolean;
  /** Every template of the project: an "only" statement must hold against all of them, not a worker's share. */
  templateFiles: string[];
  /** The project's uses of data when the main thread knows them (the cache's plan): the worker need not load every template to find them. */
  uses?: DataUse[];
  files: Array<{ file: string; index: number }>;
}

interface SerializedError {
  code?: ErrorCode;
  message: string;
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  hint?: string | undefined;
}

/** A template a worker took up (its id, checked for repeats once every worker is done). */
export type Claimed = { index: number; file: string } & WrittenTemplate;

/** A template a worker wrote: its part of the aggregates, as JSON (`contribution.ts`), by data file name. */
export interface WrittenPart {
  name: string;
  json: string;
}

export type WorkerMessage =
  /** Templates claimed and templates finished (with their parts of the aggregates) since the last message. */
  | { kind: 'progress'; claimed: Claimed[]; done: number; parts: WrittenPart[]; texts?: TextsFile }
  | { kind: 'done' }
  | { kind: 'error'; index: number; error: SerializedError };

/** Below this many templates per worker, starting the workers costs more than it saves. */
const MIN_PER_WORKER = 50;
/** Each worker's heap: small enough that garbage is collected rather than kept (see docs/benchmarks.md). */
const WORKER_HEAP_MB = 256;

function workerScript(): string | undefined {
  const file = fileURLToPath(new URL('./export-worker.js', import.meta.url));
  // Run from TypeScript sources (tests), there is no compiled worker: one thread does the work.
  return existsSync(file) ? file : undefined;
}

/**
 * How many threads to use: `jobs` when given, otherwise one per core while each gets at least
 * MIN_PER_WORKER templates. One when the project has rules of its own (a library caller's, which a
 * worker cannot load) or when there is no compiled worker.
 */
export function threadCount(project: Project, templates: number, cores: number, jobs?: number): number {
  if (project.rules !== RULES || !workerScript()) return 1;
  const wanted = jobs ?? Math.min(cores, Math.floor(templates / MIN_PER_WORKER));
  return Math.max(1, Math.min(wanted, templates));
}

export async function writeTemplatesInThreads(project: Project, files: string[], options: WriteTemplateOptions, out: string, texts: { adopt(t: TextsFile): void }, parts: { add(name: string, json: string): void }, threads: number, tick: () => void, uses?: ProjectUses): Promise<Claimed[]> {
  const script = workerScript()!;
  const base: Omit<WorkerInput, 'files'> = {
    catalog: project.catalog.source,
    orgFile: project.org.file,
    severity: project.severity,
    asOf: project.asOf,
    targets: options.targets.map((t) => ({ region: t.region.id, locale: t.locale })),
    cwd: options.cwd,
    pages: options.pages,
    meta: options.meta,
    out,
    policyFiles: options.policyFiles ?? [],
    ...(options.report ? { report: true } : {}),
    templateFiles: project.templateFiles,
    ...(uses ? { uses: [...uses.uses] } : {}),
  };
  // Loaded here, not at start-up: only an export in threads needs it. (Required, not imported:
  // the command-line bundle runs as a script, where import() is not available.)
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const written: Claimed[] = [];
  const failures: Array<{ index: number; error: SerializedError }> = [];
  const runs = Array.from({ length: threads }, (_, w) => {
    const mine = files.flatMap((file, index) => (index % threads === w ? [{ file, index }] : []));
    return new Promise<void>((resolve) => {
      const worker = new Worker(script, { workerData: { ...base, files: mine } satisfies WorkerInput, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      worker.on('message', (m: WorkerMessage) => {
        if (m.kind === 'progress') {
          for (const c of m.claimed) written.push(c);
          if (m.texts) texts.adopt(m.texts);
          for (const p of m.parts) parts.add(p.name, p.json);
          for (let i = 0; i < m.done; i++) tick();
        } else if (m.kind === 'error') failures.push({ index: m.index, error: m.error });
      });
      worker.on('error', (e) => {
        failures.push({ index: mine[0]?.index ?? 0, error: { message: e.stack ?? e.message } });
        resolve();
      });
      worker.on('exit', () => resolve());
    });
  });
  await Promise.all(runs);
  const problem = firstProblem(written, failures);
  if (problem) throw problem;
  return written;
}

/** The error one thread would have stopped at: the lowest index among failures and repeated ids. */
function firstProblem(written: Claimed[], failures: Array<{ index: number; error: SerializedError }>): Error | undefined {
  const candidates: Array<{ index: number; error: () => Error }> = failures.map((f) => ({ index: f.index, error: () => revive(f.error) }));
  const first = new Map<string, { index: number; file: string }>();
  for (const w of [...written].sort((a, b) => a.index - b.index)) {
    const prior = first.get(w.dataName);
    if (!prior) first.set(w.dataName, w);
    else candidates.push({ index: w.index, error: () => duplicateIdError(w, prior.file) });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.error();
}

function revive(e: SerializedError): Error {
  if (e.code) return new DiscloseError(e.code, e.message, { file: e.file, line: e.line, column: e.column }, e.hint);
  return new Error(`an export worker failed: ${e.message}`);
}
