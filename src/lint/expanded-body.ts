/** The longest a body can get: every variable at its declared `maxLength`. */
import type { Template } from '../model/types.js';
import { characterCount, smsLength, type SmsLength } from '../render/message-length.js';
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

/**
 * The length of `expandedBody(t)` in characters and SMS units, worked out without building it: a
 * body can expand to more characters than a string holds (20,000 placeholders at 100,000 each).
 * The filler stands for one GSM-7 character per position, as `expandedBody` writes it.
 */
export function expandedBodyLength(t: Template): { characters: number; sms: SmsLength } {
  let text = '';
  let filler = 0;
  let last = 0;
  for (const p of findPlaceholders(t.body)) {
    const v = t.variables.find((x) => x.name === p.name);
    filler += v?.maxLength ?? (v?.example !== undefined ? characterCount(v.example) : p.end - p.start);
    text += t.body.slice(last, p.start);
    last = p.end;
  }
  text += t.body.slice(last);
  const fixed = smsLength(text);
  const units = fixed.units + filler;
  const sms: SmsLength = fixed.encoding === 'GSM-7'
    ? { encoding: 'GSM-7', units, segments: units === 0 ? 0 : units <= 160 ? 1 : Math.ceil(units / 153) }
    : { encoding: 'UCS-2', units, segments: units === 0 ? 0 : units <= 70 ? 1 : Math.ceil(units / 67) };
  return { characters: characterCount(text) + filler, sms };
}
