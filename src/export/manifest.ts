/**
 * pack.json, the manifest of a review pack. It names the format and its version, the columns and
 * formats the pack was exported with, the templates it holds, the shard it is (for `--shard i/n`)
 * with the set of templates the whole run covered, and every file the export wrote. Two things
 * rest on it: an output folder is replaced only when its manifest is ours and it holds nothing but
 * the files listed (`out-dir.ts`), and `export-merge` takes shards only when they add up to one
 * run — each index once, same options, same template set.
 */
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { insideDir } from '../io/atomic-dir.js';
import { lstatOrUndefined } from '../io/lstat.js';
import type { Column } from './html-index.js';

export const PACK_FORMAT = 'disclose-review-pack';
/**
 * 3: one stylesheet (`pack.css`) linked from every page instead of a copy in each, each rule's
 * explanation once per page, findings.sarif without indentation.
 * 4: data/<id>.json holds each distinct finding of the template once (`findings`), the lint list
 * and every cell name theirs by index, and a finding leaves out the template, file, region and
 * locale its record and cell already say (`read-pack.ts`: `compactRecord`, `expandRecord`; a
 * record of format 3 is still read, for `--since` and sign-offs carried over an upgrade); each
 * rule's explanation and source once for the pack, in rules.html, instead of on every page.
 * 5: each distinct clause body (the clause after its heading line, with its unsettled-law notes)
 * and each distinct footer once for the pack, in texts.json under the hash of its content; a page
 * per clause body, texts/<hash>.html, listing the cells that use it; records name their texts by
 * hash and pages show the footers and link the clause bodies (`text-store.ts`). A record of format
 * 4 or 3 is still read for `--since` and sign-offs carried over an upgrade; shards of an earlier
 * format are not merged (`export-merge` says so).
 * 6: a lighter pack (README, "A lighter pack"; docs/benchmarks.md). Each distinct flows diagram once, as a file
 * named by its content (`diagrams/<hash>.svg`), shown on the pages with <img>; a page lists the
 * findings several of its cells share once each, with the cells each applies to, and each cell
 * the numbers of those and its own findings in full;
 * findings.sarif's results say the finding and its cell without the fix (the rule's help says where
 * it is) and without `properties.data` where the message already says all of it; data/<id>.json
 * keeps the raw flows but not the flows table, which is the page's. Records of formats 5, 4 and 3
 * are still read for `--since` and sign-offs carried over an upgrade; shards of an earlier format
 * are not merged.
 * 7: what templates share, once (docs/benchmarks.md, "Pack format 7"). Each distinct set of flows
 * once: the raw flows in texts.json (`flows`, by hash, with the files below), their table in plain
 * words, diagram and consent records on a page `flows/<hash>.html` named by the hash of its bytes
 * (as the diagrams are), which the template's page links; data/<id>.json names its flows by hash.
 * Each distinct finding text has a page, `findings/<hash>.html`, with its fix: a template's page
 * lists each finding's severity, rule, message and place and links its fix. A cell names the
 * elements of its clause that rest on unsettled law; their articles and notes are on the clause
 * text's page. findings.sarif's results leave out `properties` template, region and locale (the
 * message and fingerprint say them). Records of formats 6 to 3 are still read for `--since`.
 * 8: each clause body's text once, and fewer files (docs/benchmarks.md, "Stop 24, pack format 8").
 * In a pack with pages the text is on its page alone; texts.json keeps the body's locale, page
 * and unsettled-law notes by hash (each distinct note once, in `notes`) (`text-store.ts`: `readTexts` reads the text back from the page and
 * checks the body against its hash, so an edited page is refused like an edited texts.json). The
 * texts of every template with the same flows share one page, texts/<group>.html (named as their
 * flows' page is), each text once with the cells that use it; a cell links
 * texts/<group>.html#text-<hash>. A pack without pages keeps the text in texts.json. Packs of
 * formats 7 to 3 are still read for `--since` (their texts.json holds the texts); shards of format
 * 7 are not merged.
 */
export const PACK_FORMAT_VERSION = 8;
/** Manifests of packs an export may replace: this format and the ones before (a pack from before an upgrade). */
export const REPLACEABLE_FORMAT_VERSIONS: readonly number[] = [2, 3, 4, 5, 6, 7, 8];

export interface Manifest {
  format: typeof PACK_FORMAT;
  formatVersion: number;
  disclose: string;
  columns: Column[];
  formats: string[];
  /** The run's whole template set (before sharding): how many, and a hash of their paths in order. */
  run: { templates: number; set: string };
  /** Present on a shard: `--shard index/count`. */
  shard?: { index: number; count: number };
  /** Each exported region's locales no column covers, where there are any (review 10 L10-3): a merge names them on its index too. */
  omitted?: Array<{ region: string; locales: string[] }>;
  /**
   * The date the findings were judged as of (`--as-of`, `asOf:` in the config, else today UTC; rules
   * that depend on the day, dpf-list-check, compare with it: review 11 L11-7). Absent in packs written
   * before it; shards judged as of different dates are not merged.
   */
  asOf?: string;
  /** Template ids in this pack, sorted. */
  templates: string[];
  /** Every file of the pack but pack.json itself, relative, with "/" separators, sorted. */
  files: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function isManifest(v: unknown, versions: readonly number[] = [PACK_FORMAT_VERSION]): v is Manifest {
  if (!isObject(v) || v['format'] !== PACK_FORMAT || !versions.includes(v['formatVersion'] as number) || typeof v['disclose'] !== 'string') return false;
  if (!Array.isArray(v['columns']) || !isStrings(v['formats']) || !isStrings(v['templates']) || !isStrings(v['files'])) return false;
  const run = v['run'];
  if (!isObject(run) || !isCount(run['templates']) || typeof run['set'] !== 'string') return false;
  const shard = v['shard'];
  if (shard !== undefined && !(isObject(shard) && isCount(shard['index']) && isCount(shard['count']) && shard['index'] >= 1 && shard['index'] <= shard['count'])) return false;
  const asOf = v['asOf'];
  if (asOf !== undefined && !(typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf))) return false;
  return true;
}

/** The hash that names a run's template set: the same files in the same order give the same hash. */
export function templateSetHash(relativeFiles: string[]): string {
  return createHash('sha256').update(relativeFiles.join('\n')).digest('hex').slice(0, 16);
}

/** Every plain file under `dir`, relative with "/" separators, sorted; folders are walked, anything else listed as it is. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const child = rel ? `${rel}/${name}` : name;
      if (lstatOrUndefined(path.join(dir, child))?.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** Writes pack.json last, listing what the pack holds. */
export function writeManifest(dir: string, fields: Omit<Manifest, 'format' | 'formatVersion' | 'files' | 'templates'>): Manifest {
  const files = listFiles(dir).filter((f) => f !== 'pack.json');
  const templates = files.filter((f) => f.startsWith('data/') && f.endsWith('.json')).map((f) => f.slice('data/'.length, -'.json'.length));
  const manifest: Manifest = { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, ...fields, templates, files };
  writeFileSync(insideDir(dir, 'pack.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
