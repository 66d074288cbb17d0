/**
 * A template as the JSON Meta's Graph API takes for template creation. Pure: the footer text comes
 * from the renderer (one region and locale). Header and button placeholders name the template's
 * declared variables; Meta numbers each component's parameters from 1, so they are renumbered here.
 * Only placeholders Meta accepts (`{{1}}`, `{{order_id}}`) count: anything else between braces
 * (`{{#each x}}`, `{{> p}}`, `{{a.b}}`) is text, carried as written, which the lint reports.
 */
import type { Button, Template } from '../model/types.js';
import { namesInOrder } from '../lint/placeholders.js';
import { isMetaPlaceholder, metaPlaceholders } from './placeholders.js';
import { templatePlaceholders } from '../lint/template-placeholders.js';
import { toMetaLanguage } from './language.js';
import type { MetaButton, MetaComponent, MetaHeader, MetaTemplate, NamedParam, ParameterFormat } from './meta-template.js';

function exampleOf(t: Template, name: string): string {
  return t.variables.find((v) => v.name === name)?.example ?? '';
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

function named(t: Template, order: string[]): NamedParam[] {
  return order.map((n) => ({ param_name: n, example: exampleOf(t, n) }));
}

function header(t: Template, format: ParameterFormat): MetaHeader | undefined {
  if (t.header === undefined) return undefined;
  if (format === 'NAMED') {
    const order = namesInOrder(metaPlaceholders(t.header));
    return { type: 'HEADER', format: 'TEXT', text: t.header, ...(order.length ? { example: { header_text_named_params: named(t, order) } } : {}) };
  }
  const { text, order } = numbered(t.header);
  return { type: 'HEADER', format: 'TEXT', text, ...(order.length ? { example: { header_text: order.map((n) => exampleOf(t, n)) } } : {}) };
}

function button(t: Template, b: Button): MetaButton {
  switch (b.type) {
    case 'url': {
      const url = b.url ?? '';
      const vars = metaPlaceholders(url);
      if (vars.length === 0) return { type: 'URL', text: b.text, url };
      return { type: 'URL', text: b.text, url: numbered(url).text, example: [replacePlaceholders(url, (n) => exampleOf(t, n))] };
    }
    case 'quick_reply':
      return { type: 'QUICK_REPLY', text: b.text };
    case 'phone_number':
      return { type: 'PHONE_NUMBER', text: b.text, phone_number: b.phone ?? '' };
    case 'copy_code':
      return { type: 'COPY_CODE', example: b.text };
    case 'otp':
      return { type: 'OTP', otp_type: 'COPY_CODE', text: b.text };
  }
}

export function toMeta(t: Template, footer: string | undefined): MetaTemplate {
  const all = templatePlaceholders(t).filter(isMetaPlaceholder);
  const format: ParameterFormat = all.length > 0 && all.every((p) => !p.positional) ? 'NAMED' : 'POSITIONAL';
  const components: MetaComponent[] = [];
  const head = header(t, format);
  if (head) components.push(head);
  if (format === 'NAMED') {
    const order = namesInOrder(metaPlaceholders(t.body));
    components.push({ type: 'BODY', text: t.body, ...(order.length ? { example: { body_text_named_params: named(t, order) } } : {}) });
  } else {
    const { text, order } = numbered(t.body);
    components.push({ type: 'BODY', text, ...(order.length ? { example: { body_text: [order.map((n) => exampleOf(t, n))] } } : {}) });
  }
  if (footer !== undefined && footer.trim() !== '') components.push({ type: 'FOOTER', text: footer });
  if (t.buttons.length) components.push({ type: 'BUTTONS', buttons: t.buttons.map((b) => button(t, b)) });
  return {
    name: t.id,
    language: toMetaLanguage(t.language),
    category: t.category.toUpperCase() as MetaTemplate['category'],
    parameter_format: format,
    components,
  };
}
