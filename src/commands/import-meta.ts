/**
 * `disclose import-meta`: Meta's template JSON as disclose templates. One template prints as YAML
 * on stdout; a document with several (a Graph API list, 360dialog's waba_templates, a bare list,
 * an upsert with several languages) needs `--out <folder>`, which gets one `<name>.<language>.yaml`
 * each. An entry that is no template (a webhook, a response without components) is refused with its
 * position, and then nothing is written (exit 2). Meta's JSON holds no purpose and no data flows:
 * the YAML leaves both for the user, and stderr lists them as warnings with the other notes
 * (legacy categories mapped, examples reshaped, what was kept verbatim under `meta`).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { EXIT } from '../cli/io.js';
import type { Finding } from '../check/finding.js';
import { DiscloseError } from '../errors.js';
import { formatFindingsText } from '../format/findings-text.js';
import { relativePath } from '../format/paths.js';
import { writeFilesAtomic } from '../io/atomic-write.js';
import { parseJson } from '../load/json-file.js';
import { packagePath } from '../load/package-root.js';
import { readTextFile } from '../load/read-file.js';
import { importMetaDocument, type ImportedEntry } from '../meta/from-meta.js';
import { importedTemplateYaml } from '../meta/template-yaml.js';

export interface ImportMetaOptions {
  out?: string;
}

function notesOf(entry: ImportedEntry, file: string): Finding[] {
  return entry.notes.map((n) => ({
    ruleId: n.code,
    severity: n.severity,
    messageId: n.code,
    message: `${entry.template.id} (${entry.template.language}): ${n.message}`,
    data: {},
    file,
    line: 1,
    column: 1,
    template: entry.template.id,
  }));
}

export async function importMetaCommand(file: string, io: IO, opts: ImportMetaOptions = {}): Promise<number> {
  const full = path.resolve(io.cwd, file);
  const text = readTextFile(full);
  const json = parseJson(text, full);
  const { entries, refused } = importMetaDocument(json, full, text);
  if (refused.length) {
    for (const r of refused.slice(1)) {
      io.stderr(`${relativePath(full, io.cwd)}${r.line ? `:${r.line}:${r.column ?? 1}` : ''}: error: ${r.at ? `${r.at}: ` : ''}${r.message.replace(new RegExp(`^${r.at.replace(/[[\]().]/g, '\\$&')}: `), '')} [E_SCHEMA]\n`);
    }
    const r = refused[0]!;
    throw new DiscloseError('E_SCHEMA', `${r.at ? `${r.at}: ` : ''}${r.message.replace(new RegExp(`^${r.at.replace(/[[\]().]/g, '\\$&')}: `), '')}`, { file: full, line: r.line, column: r.column }, `${refused.length > 1 ? `${refused.length} entries are no template importable; ` : ''}${entries.length ? `${entries.length} others are, but nothing was written. ` : ''}Pass Meta's JSON of templates (name, language, category, components), as the Graph API takes or returns it.`);
  }
  const schemaFor = (dir: string) => relativePath(packagePath('schemas', 'template.schema.json'), dir);
  if (entries.length > 1 || opts.out !== undefined) {
    if (opts.out === undefined) throw new DiscloseError('E_USAGE', `${relativePath(full, io.cwd)} holds ${entries.length} templates`, {}, 'Pass --out <folder>: each template is written there as <name>.<language>.yaml.');
    const dir = path.resolve(io.cwd, opts.out);
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new DiscloseError('E_PATH', `--out ${opts.out} is a file, not a folder`, {}, 'Name a folder (it is created when missing).');
    const writes: Array<{ file: string; data: string }> = [];
    const seen = new Map<string, string>();
    for (const e of entries) {
      const name = `${e.template.id}.${e.template.language}.yaml`;
      if (seen.has(name)) throw new DiscloseError('E_DUPLICATE_ID', `${e.at || 'the document'} and ${seen.get(name) || 'the document'} are both "${e.template.id}" in ${e.template.language}`, { file: full }, 'Meta holds one template per account, name and language: import the two from separate files.');
      seen.set(name, e.at);
      const target = path.join(dir, name);
      if (existsSync(target)) throw new DiscloseError('E_PATH', `${relativePath(target, io.cwd)} exists`, {}, 'Import into an empty folder, or remove the file first; import-meta does not overwrite templates.');
      writes.push({ file: target, data: importedTemplateYaml(e.template, schemaFor(dir), relativePath(full, dir)) });
    }
    mkdirSync(dir, { recursive: true });
    writeFilesAtomic(writes);
    io.stdout(writes.map((w) => `${relativePath(w.file, io.cwd)}\n`).join(''));
  } else {
    io.stdout(importedTemplateYaml(entries[0]!.template, schemaFor(io.cwd), relativePath(full, io.cwd)));
  }
  io.stderr(formatFindingsText(entries.flatMap((e) => notesOf(e, full)), io.cwd));
  return EXIT.clean;
}
