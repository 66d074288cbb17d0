/**
 * What `disclose sync` prints: a unified diff per document that would change (jsdiff), a note per
 * clause that is not in sync, and a summary line.
 */
import { createTwoFilesPatch } from 'diff';
import type { BlockReport, SyncResult } from '../policy/sync-document.js';
import { printable } from './printable.js';

export interface SyncedDocument {
  file: string;
  /** The document as read. */
  before: string;
  result: SyncResult;
}

/** A unified diff between the document as read and as synced (without the byte-order mark). */
export function policyDiff(before: string, after: string, name: string): string {
  const strip = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
  const [a, b] = /^(\.\.|\/)/.test(name) ? [name, name] : [`a/${name}`, `b/${name}`];
  return printable(
    createTwoFilesPatch(a, b, strip(before), strip(after), undefined, undefined, { context: 3 })
      .replace(/^(Index: .*\n)?=+\n/, '')
      .replace(/^(---|\+\+\+) (.*?)\t$/gm, '$1 $2'),
  );
}

export function formatBlockNote(b: BlockReport, name: string, write: boolean, templateIds: readonly string[]): string | undefined {
  const note = blockNote(b, name, write, templateIds);
  return note === undefined ? undefined : printable(note);
}

function blockNote(b: BlockReport, name: string, write: boolean, templateIds: readonly string[]): string | undefined {
  const where = `${name}:${b.pos.line}:${b.pos.column}`;
  const clause = `clause "${b.id}"${b.number ? ` (§${b.number})` : ''}`;
  switch (b.status) {
    case 'in-sync':
      return undefined;
    case 'updated':
      return write ? `${where}: updated ${clause}\n` : `${where}: ${clause} is out of date\n`;
    case 'added':
      return write ? `${where}: added ${clause}\n` : `${where}: ${clause} has no managed block; --write --add-missing adds it as shown\n`;
    case 'overwritten':
      return write ? `${where}: ${clause} was edited by hand; overwritten (--force)\n` : `${where}: ${clause} was edited by hand; --write --force replaces it as shown\n`;
    case 'edited':
      return `${where}: ${clause} was edited by hand (${b.reason === 'no-fingerprint' ? 'its marker carries no fingerprint and the text is not the generated one' : 'its text no longer matches the fingerprint in its marker'}); kept. Review the findings, then move the wording into the templates, or pass --force to replace it with the generated text.\n`;
    case 'missing': {
      return `${where}: ${clause} (templates: ${templateIds.join(', ')}) has no managed block; insert this, or run with --write --add-missing:\n${b.insert ?? ''}\n`;
    }
  }
}

export function formatSyncSummary(runs: readonly SyncedDocument[], write: boolean): string {
  const count = (s: BlockReport['status']) => runs.reduce((n, r) => n + r.result.blocks.filter((b) => b.status === s).length, 0);
  const changed = runs.filter((r) => r.result.changed).length;
  const parts = [
    `${runs.length} polic${runs.length === 1 ? 'y' : 'ies'}`,
    write ? `${changed} written` : `${changed} out of date`,
    `${count('in-sync')} clauses in sync`,
  ];
  for (const [s, label] of [['updated', write ? 'updated' : 'to update'], ['added', write ? 'added' : 'to add'], ['overwritten', write ? 'overwritten' : 'to overwrite'], ['edited', 'edited by hand'], ['missing', 'missing']] as const) {
    const n = count(s);
    if (n) parts.push(`${n} ${label}`);
  }
  return `sync: ${parts.join(', ')}\n`;
}
