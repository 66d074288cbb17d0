/** The longest a body can get: every variable at its declared `maxLength`. */
import type { Template } from '../model/types.js';
import { characterCount } from '../render/message-length.js';
import { findPlaceholders } from './placeholders.js';

/** The body with every variable at its declared `maxLength` (else its example, else as written). */
export function expandedBody(t: Template): string {
  let out = '';
  let last = 0;
  for (const p of findPlaceholders(t.body)) {
    const v = t.variables.find((x) => x.name === p.name);
    const width = v?.maxLength ?? (v?.example !== undefined ? characterCount(v.example) : p.end - p.start);
    out += t.body.slice(last, p.start) + 'x'.repeat(width);
    last = p.end;
  }
  return out + t.body.slice(last);
}
