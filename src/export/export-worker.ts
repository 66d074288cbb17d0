/**
 * An export worker thread: loads the same catalog and organization as the main thread and runs
 * phase 1 (`writeTemplate`) for its share of the templates, reporting each template it claims,
 * progress and its first error to the main thread (`parallel-templates.ts`). Claims and progress
 * go in batches: two messages a template showed as about 4% of a worker's profile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DiscloseError } from '../errors.js';
import { isWriteFault, writeError } from '../io/write-error.js';
import { loadCatalog } from '../load/catalog.js';
import { loadOrganization } from '../load/organization.js';
import { Project } from '../project.js';
import { ProjectUses } from '../render/project-uses.js';
import type { Claimed, WorkerInput, WorkerMessage, WrittenPart } from './parallel-templates.js';
import { writeTemplate } from './write-template.js';
import { TextTable } from './text-store.js';

/** A batch goes when it holds this many templates or is this old, and before the worker ends. */
const BATCH_TEMPLATES = 32;
const BATCH_MS = 100;

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const catalog = loadCatalog(input.catalog);
const project = new Project(catalog, loadOrganization(input.orgFile), { severity: input.severity, asOf: input.asOf, templateFiles: input.templateFiles });
if (input.uses) project.adoptUses(new ProjectUses(input.uses));
const targets = input.targets.map((t) => ({ region: catalog.region(t.region), locale: t.locale }));
const texts = new TextTable();
let claimed: Claimed[] = [];
let parts: WrittenPart[] = [];
let done = 0;
let since = Date.now();
const flush = () => {
  // The texts first seen since the last batch go with it: the main thread writes them once for the pack.
  const fresh = texts.drain(true);
  if (claimed.length || done || fresh) post({ kind: 'progress', claimed, done, parts, ...(fresh ? { texts: fresh } : {}) });
  claimed = [];
  parts = [];
  done = 0;
  since = Date.now();
};
let current = -1;
try {
  for (const { file, index } of input.files) {
    current = index;
    let name = '';
    const json = writeTemplate(project, file, { targets, cwd: input.cwd, pages: input.pages, meta: input.meta, policyFiles: input.policyFiles, ...(input.report ? { report: true } : {}) }, input.out, texts, (w) => {
      claimed.push({ index, file, ...w });
      name = w.dataName;
    });
    parts.push({ name, json });
    done++;
    if (done >= BATCH_TEMPLATES || Date.now() - since >= BATCH_MS) flush();
  }
  flush();
  post({ kind: 'done' });
} catch (e) {
  // What was claimed before the error counts: a repeated id earlier than it is the first problem.
  flush();
  const coded = isWriteFault(e) ? writeError(e, input.out, 'The previous pack was left as it was. Free space or fix the permissions, then export again.') : e;
  const error =
    coded instanceof DiscloseError
      ? { code: coded.code, message: coded.message, file: coded.file, line: coded.line, column: coded.column, hint: coded.hint }
      : { message: coded instanceof Error ? (coded.stack ?? coded.message) : String(coded) };
  post({ kind: 'error', index: current, error });
}
