/**
 * What `disclose meta` changed against the JSON `import-meta` read: the differences a round trip
 * is allowed (`explained`: a legacy category mapped, Meta's response fields not sent, enum values
 * in upper case, Meta's default parameter_format written, the footer) and any other
 * (`unexplained`), each with the path of the field.
 */
import { mapCategory } from './categories.js';
import { RESPONSE_FIELDS } from './from-meta.js';

/** Fields whose values Meta reads in any case ("body", "BODY"); `meta` writes them in upper case. */
const ENUM_KEYS = new Set(['type', 'format', 'otp_type', 'category', 'parameter_format']);

function canonical(v: unknown, key?: string): unknown {
  if (typeof v === 'string' && key && ENUM_KEYS.has(key)) return v.toUpperCase();
  if (Array.isArray(v)) return v.map((x) => canonical(x));
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k], k)]),
    );
  }
  return v;
}

function diff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) out.push(`${path}: ${a.length} items, now ${b.length}`);
      for (let i = 0; i < Math.min(a.length, b.length); i++) diff(a[i], b[i], `${path}[${i}]`, out);
      return;
    }
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in bo)) out.push(`${p}: dropped`);
      else if (!(k in ao)) out.push(`${p}: added`);
      else diff(ao[k], bo[k], p, out);
    }
    return;
  }
  out.push(`${path}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
}

export interface RoundTripDifferences {
  explained: string[];
  unexplained: string[];
}

/** Compares Meta's original entry with what `meta` wrote for it; `ignoreFooter` when the footer was replaced on purpose. */
export function roundTripDifferences(original: Record<string, unknown>, emitted: Record<string, unknown>, options: { ignoreFooter?: boolean } = {}): RoundTripDifferences {
  const explained: string[] = [];
  const src: Record<string, unknown> = { ...original };
  const out: Record<string, unknown> = { ...emitted };
  const dropped = RESPONSE_FIELDS.filter((k) => k in src);
  for (const k of dropped) delete src[k];
  if (dropped.length) explained.push(`response fields not sent (${dropped.join(', ')})`);
  if (typeof src['category'] === 'string') {
    const m = mapCategory(src['category']);
    if (m?.legacy) {
      explained.push(`legacy category ${m.legacy} written as ${m.category.toUpperCase()}`);
      src['category'] = m.category.toUpperCase();
    }
  }
  if (src['parameter_format'] === undefined && out['parameter_format'] === 'POSITIONAL') {
    explained.push('parameter_format POSITIONAL written (Meta\'s default)');
    delete out['parameter_format'];
  }
  const bodyOf = (o: Record<string, unknown>) => (Array.isArray(o['components']) ? (o['components'] as Array<Record<string, unknown>>).find((c) => String(c['type']).toUpperCase() === 'BODY') : undefined);
  if (out['category'] === 'AUTHENTICATION' && typeof bodyOf(src)?.['text'] === 'string') {
    explained.push("authentication template written in Meta's current form (preset body, OTP button); its own text and header are not sent, as Meta no longer takes them");
    src['components'] = out['components'];
  }
  const footerOf = (c: unknown) => Array.isArray(c) ? c.findIndex((x) => typeof x === 'object' && x !== null && String((x as { type?: unknown }).type).toUpperCase() === 'FOOTER') : -1;
  if (options.ignoreFooter) {
    for (const o of [src, out]) {
      const comps = o['components'];
      const i = footerOf(comps);
      if (i >= 0) {
        const f = { ...((comps as Record<string, unknown>[])[i]!) };
        delete f['text'];
        const copy = [...(comps as unknown[])];
        if (Object.keys(f).length > 1) copy[i] = f;
        else copy.splice(i, 1);
        o['components'] = copy;
      }
    }
    explained.push('footer');
  }
  if (JSON.stringify(canonical(src)) !== JSON.stringify(sortKeys(src))) explained.push('type, format and category values in upper case');
  const unexplained: string[] = [];
  diff(canonical(src), canonical(out), '', unexplained);
  return { explained, unexplained };
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}
