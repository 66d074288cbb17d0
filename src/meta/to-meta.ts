/**
 * A template as the JSON Meta's Graph API takes for template creation. Pure: the footer text comes
 * from the caller (the renderer's, combined with a footer Meta's JSON already had: `footer.ts`).
 * Header and button placeholders name the template's declared variables; Meta numbers each
 * component's parameters from 1, so they are renumbered here. Only placeholders Meta accepts
 * (`{{1}}`, `{{order_id}}`) count: anything else between braces is text, carried as written.
 * What `import-meta` kept under `meta` (media headers, LIMITED_TIME_OFFER, CAROUSEL, button
 * details, authentication options, other request fields) is written back as it came.
 * AUTHENTICATION templates are written in Meta's current form: the preset body (with
 * add_security_recommendation), the code_expiration_minutes footer and an OTP button; Meta takes
 * no text of the template's own in them, so no disclosure footer either (`docs/meta.md`).
 */
import type { Button, Template } from '../model/types.js';
import { namesInOrder } from '../lint/placeholders.js';
import { isMetaPlaceholder, metaPlaceholders } from './placeholders.js';
import { templatePlaceholders } from '../lint/template-placeholders.js';
import { toMetaLanguage } from './language.js';
import { COMPONENT_ORDER, type MetaPassthrough } from './from-meta.js';
import type { Json, MetaButton, MetaComponent, MetaHeader, MetaTemplate, NamedParam, ParameterFormat } from './meta-template.js';

export function passthrough(t: Template): MetaPassthrough {
  return ((t as { meta?: MetaPassthrough }).meta ?? {}) as MetaPassthrough;
}

function exampleOf(t: Template, name: string): string | undefined {
  return t.variables.find((v) => v.name === name)?.example;
}

/** The text with each placeholder replaced by what `replace` returns for its name. */
function replacePlaceholders(text: string, replace: (name: string) => string): string {
  let out = '';
  let last = 0;
  for (const p of metaPlaceholders(text)) {
    out += text.slice(last, p.start) + replace(p.name);
    last = p.end;
  }
  return out + text.slice(last);
}

function numbered(text: string): { text: string; order: string[] } {
  const order = namesInOrder(metaPlaceholders(text));
  return { text: replacePlaceholders(text, (n) => `{{${order.indexOf(n) + 1}}}`), order };
}

/** Examples for these names, or none when no variable has one (Meta's JSON then had none either). */
function examples(t: Template, order: string[]): string[] | undefined {
  const values = order.map((n) => exampleOf(t, n));
  return values.some((v) => v !== undefined) ? values.map((v) => v ?? '') : undefined;
}

function named(t: Template, order: string[]): NamedParam[] | undefined {
  const values = examples(t, order);
  return values ? order.map((n, i) => ({ param_name: n, example: values[i]! })) : undefined;
}

function header(t: Template, format: ParameterFormat): MetaComponent | undefined {
  const kept = passthrough(t).header;
  if (kept) return { ...kept, type: 'HEADER' } as MetaComponent;
  if (t.header === undefined) return undefined;
  if (format === 'NAMED') {
    const params = named(t, namesInOrder(metaPlaceholders(t.header)));
    return { type: 'HEADER', format: 'TEXT', text: t.header, ...(params ? { example: { header_text_named_params: params } } : {}) } as MetaHeader;
  }
  const { text, order } = numbered(t.header);
  const values = examples(t, order);
  return { type: 'HEADER', format: 'TEXT', text, ...(values ? { example: { header_text: values } } : {}) } as MetaHeader;
}

function button(t: Template, b: Button): MetaButton {
  const extra = ((b as { meta?: Json }).meta ?? {}) as Json;
  const text = b.text ? { text: b.text } : {};
  switch (b.type as string) {
    case 'url': {
      const url = b.url ?? '';
      const vars = metaPlaceholders(url);
      if (vars.length === 0) return { type: 'URL', ...text, url, ...extra } as MetaButton;
      const values = examples(t, namesInOrder(vars));
      const example = values ? [replacePlaceholders(url, (n) => exampleOf(t, n) ?? '')] : undefined;
      return { type: 'URL', ...text, url: numbered(url).text, ...(example ? { example } : {}), ...extra } as MetaButton;
    }
    case 'quick_reply':
      return { type: 'QUICK_REPLY', ...text, ...extra } as MetaButton;
    case 'phone_number':
      return { type: 'PHONE_NUMBER', ...text, phone_number: b.phone ?? '', ...extra } as MetaButton;
    case 'copy_code':
      return { type: 'COPY_CODE', example: b.text, ...extra } as MetaButton;
    case 'otp':
      return { type: 'OTP', otp_type: 'COPY_CODE', ...text, ...extra } as MetaButton;
    default:
      return { type: b.type.toUpperCase(), ...text, ...extra } as MetaButton;
  }
}

/** Meta's current authentication form: preset body, expiry footer, OTP button (one with COPY_CODE when none is declared). */
function authentication(t: Template): MetaComponent[] {
  const kept = passthrough(t);
  const body: Json = { type: 'BODY', add_security_recommendation: true, ...(kept.body ?? {}) };
  delete body['example'];
  const out: MetaComponent[] = [body as MetaComponent];
  const minutes = kept.footer?.['code_expiration_minutes'];
  if (minutes !== undefined) out.push({ type: 'FOOTER', ...Object.fromEntries(Object.entries(kept.footer ?? {}).filter(([k]) => k !== 'text')) } as MetaComponent);
  const otp = t.buttons.filter((b) => b.type === 'otp');
  out.push({ type: 'BUTTONS', buttons: (otp.length ? otp : [{ type: 'otp', text: 'Copy code' } as Button]).map((b) => button(t, b)) });
  return out;
}

export interface ToMetaOptions {
  /** Write the FOOTER text Meta's JSON had (kept under meta.footer) instead of `footer`: the round trip. */
  keepFooter?: boolean;
  /** The template name to write (a per-market name in a submittable set); `id` when absent. */
  name?: string;
}

export function toMeta(t: Template, footer: string | undefined, options: ToMetaOptions = {}): MetaTemplate {
  const kept = passthrough(t);
  const all = templatePlaceholders(t).filter(isMetaPlaceholder);
  const format: ParameterFormat = all.length > 0 && all.every((p) => !p.positional) ? 'NAMED' : 'POSITIONAL';
  const byType = new Map<string, MetaComponent[]>();
  const add = (c: MetaComponent | undefined) => {
    if (!c) return;
    const type = String(c.type).toUpperCase();
    byType.set(type, [...(byType.get(type) ?? []), c]);
  };
  if (t.category === 'authentication') {
    authentication(t).forEach(add);
  } else {
    add(header(t, format));
    const bodyExtra: Json = { ...(kept.body ?? {}) };
    if (format === 'NAMED') {
      const params = named(t, namesInOrder(metaPlaceholders(t.body)));
      add({ type: 'BODY', text: t.body, ...(params ? { example: { body_text_named_params: params } } : {}), ...bodyExtra } as MetaComponent);
    } else {
      const { text, order } = numbered(t.body);
      const values = examples(t, order);
      add({ type: 'BODY', text, ...(values ? { example: { body_text: [values] } } : {}), ...bodyExtra } as MetaComponent);
    }
    const footerText = options.keepFooter ? (kept.footer?.['text'] as string | undefined) : footer;
    const footerExtra = Object.fromEntries(Object.entries(kept.footer ?? {}).filter(([k]) => k !== 'text'));
    if ((footerText !== undefined && footerText.trim() !== '') || Object.keys(footerExtra).length) {
      add({ type: 'FOOTER', ...(footerText !== undefined && footerText.trim() !== '' ? { text: footerText } : {}), ...footerExtra } as MetaComponent);
    }
    if (t.buttons.length) add({ type: 'BUTTONS', buttons: t.buttons.map((b) => button(t, b)) });
  }
  for (const c of kept.components ?? []) add(c as MetaComponent);
  const order = kept.order ?? [...COMPONENT_ORDER, ...[...byType.keys()].filter((k) => !COMPONENT_ORDER.includes(k))];
  const components: MetaComponent[] = [];
  for (const type of order) {
    const next = byType.get(type)?.shift();
    if (next) components.push(next);
    if (!kept.order) while (byType.get(type)?.length) components.push(byType.get(type)!.shift()!);
  }
  for (const rest of byType.values()) components.push(...rest);
  return {
    name: options.name ?? t.id,
    language: toMetaLanguage(t.language),
    category: t.category.toUpperCase() as MetaTemplate['category'],
    parameter_format: format,
    ...(kept.fields ?? {}),
    components,
  };
}
