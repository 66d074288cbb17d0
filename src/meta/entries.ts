/**
 * The shapes Meta's template JSON comes in, split into template entries: one template (create
 * request or GET record), a Graph API list (`{ data: [...], paging }`), a bare list, 360dialog's
 * `{ waba_templates: [...] }`, an upsert request with `languages: [...]` (one entry per language),
 * and `message_template_status_update` webhooks (which name a template but carry no components,
 * so each is refused with what to do instead). An entry that is no template is refused with its
 * path, line and column; the others still import.
 */
import { DiscloseError } from '../errors.js';
import type { ImportedEntry, ImportNote, ImportedTemplate, RefusedEntry } from './from-meta.js';
import { jsonPositions } from './json-positions.js';
import { join, object, posOf, type Json, type Where } from './meta-json.js';

type ImportOne = (json: unknown, w: Where, language?: string) => { template: ImportedTemplate; notes: ImportNote[] };

function candidates(json: unknown): Array<{ at: string; value: unknown }> | 'webhook' {
  if (Array.isArray(json)) return json.map((value, i) => ({ at: `[${i}]`, value }));
  if (!object(json)) return [{ at: '', value: json }];
  for (const key of ['data', 'waba_templates']) {
    if (Array.isArray(json[key]) && json['components'] === undefined) return (json[key] as unknown[]).map((value, i) => ({ at: `${key}[${i}]`, value }));
  }
  if (Array.isArray(json['entry']) && json['components'] === undefined) return 'webhook';
  return [{ at: '', value: json }];
}

function webhookChanges(json: Json): Array<{ at: string; value: Json }> {
  const out: Array<{ at: string; value: Json }> = [];
  (json['entry'] as unknown[]).forEach((e, i) => {
    const changes = object(e) && Array.isArray(e['changes']) ? (e['changes'] as unknown[]) : [];
    changes.forEach((c, j) => out.push({ at: `entry[${i}].changes[${j}]`, value: object(c) && object(c['value']) ? { ...c['value'], field: c['field'] } : {} }));
  });
  return out;
}

export function splitDocument(json: unknown, file: string | undefined, text: string | undefined, importOne: ImportOne): { entries: ImportedEntry[]; refused: RefusedEntry[] } {
  const positions = text !== undefined ? jsonPositions(text) : undefined;
  const entries: ImportedEntry[] = [];
  const refused: RefusedEntry[] = [];
  const refuse = (at: string, message: string, extra: Partial<RefusedEntry> = {}) => refused.push({ at, message, ...(posOf({ file, base: '', positions }, at) ?? {}), ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) });
  const found = candidates(json);
  if (found === 'webhook') {
    const changes = webhookChanges(json as Json);
    for (const { at, value } of changes) {
      const name = typeof value['message_template_name'] === 'string' ? value['message_template_name'] : undefined;
      const language = typeof value['message_template_language'] === 'string' ? value['message_template_language'] : undefined;
      const event = [value['event'], value['reason'] && value['reason'] !== 'NONE' ? value['reason'] : undefined].filter(Boolean).join(': ');
      refuse(at, `a ${String(value['field'] ?? 'webhook')} notification${name ? ` for "${name}" (${language ?? '?'}${event ? `, ${event}` : ''})` : ''} names a template but carries no components; fetch it (GET /<TEMPLATE_ID>${value['message_template_id'] !== undefined ? `, id ${String(value['message_template_id'])}` : ''}) and import that`, { name, language });
    }
    if (changes.length === 0) refuse('entry', 'a webhook without changes holds no template');
    return { entries, refused };
  }
  for (const { at, value } of found) {
    const w: Where = { file, base: at, positions };
    if (!object(value)) {
      refuse(at, 'expected a template object');
      continue;
    }
    if (value['components'] === undefined && value['name'] === undefined) {
      const fields = Object.keys(value).slice(0, 6).join(', ');
      refuse(at, `no name and no components (fields: ${fields || 'none'}): a response about templates, not a template definition`);
      continue;
    }
    const languages = Array.isArray(value['languages']) && value['language'] === undefined ? (value['languages'] as unknown[]) : [undefined];
    languages.forEach((lng, li) => {
      try {
        if (lng !== undefined && typeof lng !== 'string') throw new DiscloseError('E_SCHEMA', `${join(at, `languages[${li}]`)}: expected a language code`, { file, ...(posOf(w, `languages[${li}]`) ?? {}) });
        const { template, notes } = importOne(value, w, lng);
        const source: Json = lng === undefined ? value : Object.fromEntries(Object.entries(value).map(([k, v]) => (k === 'languages' ? ['language', lng] : [k, v])));
        if (lng !== undefined && li === 0) notes.push({ code: 'import-languages-split', severity: 'info', message: `one definition for ${languages.length} languages (${languages.join(', ')}): imported once per language; \`disclose meta\` writes one template per language` });
        entries.push({ template, notes, source, at });
      } catch (e) {
        if (!(e instanceof DiscloseError)) throw e;
        refuse(at, e.message, { name: typeof value['name'] === 'string' ? value['name'] : undefined, language: typeof lng === 'string' ? lng : typeof value['language'] === 'string' ? value['language'] : undefined, line: e.line, column: e.column });
      }
    });
  }
  return { entries, refused };
}
