/** Every placeholder of a template, where it sits: body, header, or a URL button. */
import type { Button, SourcePos, Template } from '../model/types.js';
import { findPlaceholders, type Placeholder } from './placeholders.js';
import { posIn } from './text-pos.js';

export interface PlacedPlaceholder extends Placeholder {
  where: 'body' | 'header' | 'button';
  button?: Button;
  pos: SourcePos | undefined;
}

export function templatePlaceholders(t: Template): PlacedPlaceholder[] {
  const out: PlacedPlaceholder[] = [];
  for (const field of ['body', 'header'] as const) {
    const text = t[field];
    if (text === undefined) continue;
    for (const p of findPlaceholders(text)) out.push({ ...p, where: field, pos: posIn(t, field, p.start) });
  }
  for (const b of t.buttons) {
    if (b.type !== 'url' || !b.url) continue;
    for (const p of findPlaceholders(b.url)) out.push({ ...p, where: 'button', button: b, pos: b.pos });
  }
  return out;
}
