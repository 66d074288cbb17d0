/**
 * A template's part of the aggregates (its summary rows, its cells' texts and its findings once
 * each), worked out in phase 1 from the record as it is written, and kept until phase 2 writes the
 * aggregates in name order. Phase 2 used to read every record back from `data/` and work the part
 * out again in the main thread alone, after the workers were done: at 2,000 templates that was
 * 11% of the export's wall time (reading and expanding the records, hashing their texts again).
 *
 * The parts wait in a scratch file (`SpilledParts`), as the texts do (`SpilledTexts`): memory holds
 * where each is, not the part (about 19 KB a template in memory, most of it its findings), so an
 * export stays flat in memory however many templates it has.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { dedupeFindings, type Finding } from '../check/finding.js';
import { clauseRef } from './html-page.js';
import { statusOf, type ExportRecord, type SummaryRow } from './model.js';
import { pageName, shortHash } from './names.js';
import type { Contribution } from './pack-cache.js';
import type { Missed } from '../cache/plan.js';
import { findingTextHashes, FINDING_KEY_ORDER, flowsText, type StoredRecord } from './read-pack.js';
import { cellHash } from './signoffs.js';
import { flowsHash, footerHash } from './text-store.js';

/**
 * What a template adds to the aggregates, from its record: its rows before review, and its findings once
 * each. `stored`: the record as `compactRecord` wrote it, whose texts are already named by hash.
 */
export function contributionOf(rec: ExportRecord, stored?: StoredRecord): Contribution {
  const rows = rec.results.map((r): SummaryRow => {
    // A cell's findings as `check` counts them for its template, region and locale: each once.
    const findings = dedupeFindings([...rec.lint, ...r.findings]);
    return {
      template: rec.template,
      region: r.region,
      locale: r.locale,
      channel: rec.channel,
      status: statusOf(findings),
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
      footer: r.footer.text,
      clauseId: r.clause.id,
      clauseNumber: r.clause.number ?? '',
      footerHash: shortHash(r.footer.text),
      clauseHash: shortHash([r.clause.text, ...r.clause.companions.map((c) => c.text)].join('\n')),
      page: pageName(rec.template),
      cellHash: cellHash(r, findings),
    };
  });
  const cells = stored
    ? stored.results.map((r) => ({ body: r.clause.ref, footer: r.footer.ref, heading: r.clause.heading }))
    : rec.results.map((r) => {
        const { heading, hash } = clauseRef(r);
        return { body: hash, footer: footerHash(r.footer.text), heading };
      });
  // The stored record's findings name their texts in the order first met, as findingTextHashes lists them.
  const findings = stored ? [...new Set(stored.findings.map((f) => f['ref'] as string))] : findingTextHashes(rec);
  const flows = stored && typeof stored.flows === 'string' ? stored.flows : flowsHash(flowsText(rec));
  return { template: rec.template, rows, cells, findings, flows, unique: dedupeFindings([...rec.lint, ...rec.results.flatMap((r) => r.findings)]).map(asStored), ...(rec.diagram ? { diagram: rec.diagram } : {}) };
}

/** A finding as a record read back gives it: its keys in the stored order, without empty ones (`expandRecord`). */
function asStored(f: Finding): Finding {
  const out: Record<string, unknown> = {};
  for (const k of FINDING_KEY_ORDER) {
    const v = f[k];
    if (v !== undefined && v !== null) out[k] = v;
  }
  return out as unknown as Finding;
}

/**
 * A part as phase 1 hands it on: JSON text, so what phase 2 reads is what a record read back gives.
 * `entry`: what the template's cache entry needs, when the cache's plan did not load it (`Plan.deferred`).
 */
export function serializePart(rec: ExportRecord, stored?: StoredRecord, entry?: Missed): string {
  return JSON.stringify(entry ? { ...contributionOf(rec, stored), entry } : contributionOf(rec, stored));
}

/** Template parts by data file name, waiting in a scratch file until the aggregates are written. */
export class SpilledParts {
  private readonly fd: number;
  private end = 0;
  private readonly at = new Map<string, { pos: number; len: number }>();

  constructor(private readonly file: string) {
    this.fd = openSync(file, 'w+');
  }

  add(name: string, json: string): void {
    const bytes = Buffer.from(json);
    writeSync(this.fd, bytes, 0, bytes.length, this.end);
    this.at.set(name, { pos: this.end, len: bytes.length });
    this.end += bytes.length;
  }

  /** The part of the template with this data file name, once (it is forgotten when read). */
  take(name: string): Contribution | undefined {
    const where = this.at.get(name);
    if (!where) return undefined;
    this.at.delete(name);
    const buf = Buffer.allocUnsafe(where.len);
    let got = 0;
    while (got < where.len) got += readSync(this.fd, buf, got, where.len - got, where.pos + got);
    return JSON.parse(buf.toString('utf8')) as Contribution;
  }

  dispose(): void {
    closeSync(this.fd);
    rmSync(this.file, { force: true });
  }
}
