/**
 * Meta's template JSON back into the fields of a disclose template. Pure. What disclose models
 * (text header, body, buttons, variables with their examples) becomes template fields; everything
 * else Meta's API takes — media and location headers, LIMITED_TIME_OFFER, CAROUSEL, authentication
 * options, button details (otp_type, supported_apps, flow_json …), other request fields — is kept
 * verbatim under `meta`, so `disclose meta` emits it again (`to-meta.ts`). Nothing is dropped
 * without a note. Meta's JSON carries no purpose and no data flows: the result leaves both for
 * the user and says so in `notes`.
 */
import { namesInOrder } from '../lint/placeholders.js';
import { metaPlaceholders } from './placeholders.js';
import { fromMetaLanguage } from './language.js';
import { mapCategory } from './categories.js';
import { fail, namedParams, object, rest, str, strings, type Json, type Where } from './meta-json.js';
import { splitDocument } from './entries.js';
import type { Template } from '../model/types.js';

export interface ImportedVariable {
  name: string;
  example?: string;
}

export const BUTTON_TYPES = ['url', 'quick_reply', 'phone_number', 'copy_code', 'otp', 'mpm', 'spm', 'catalog', 'flow', 'voice_call', 'app'] as const;
export type ButtonType = (typeof BUTTON_TYPES)[number];

export interface ImportedButton {
  type: ButtonType;
  text?: string;
  url?: string;
  phone?: string;
  /** Meta's fields of the button that disclose does not model, verbatim. */
  meta?: Json;
}

/** What Meta's JSON holds beyond the fields disclose models, kept so `meta` can emit it again. */
export interface MetaPassthrough {
  /** The category as Meta had it when it was a legacy one (emitted as its current category). */
  category?: string;
  /** A header other than plain text (IMAGE, VIDEO, DOCUMENT, LOCATION, PRODUCT), or a text header with an example in another shape, verbatim. */
  header?: Json;
  /** BODY fields besides text and a standard example: add_security_recommendation, an example in another shape. */
  body?: Json;
  /** FOOTER fields: Meta's footer text, code_expiration_minutes. */
  footer?: Json;
  /** Components disclose does not model (LIMITED_TIME_OFFER, CAROUSEL, a second HEADER …), verbatim. */
  components?: Json[];
  /** The order of the components when it is not Meta's usual one. */
  order?: string[];
  /** Other fields of the create request (message_send_ttl_seconds, allow_category_change …). */
  fields?: Json;
  /** Fields only Meta's responses carry (id, status, rejected_reason …); kept for the record, never emitted. */
  response?: Json;
}

export interface ImportedTemplate {
  id: string;
  channel: 'whatsapp';
  category: 'utility' | 'marketing' | 'authentication';
  language: string;
  header?: string;
  body: string;
  buttons: ImportedButton[];
  variables: ImportedVariable[];
  /** Meta's footer text; disclose combines it with the footer it generates (`disclose meta`). */
  metaFooter?: string;
  meta?: MetaPassthrough;
}

export type ImportNoteCode =
  | 'import-needs-flows'
  | 'import-needs-purpose'
  | 'import-category-mapped'
  | 'import-example-reshaped'
  | 'import-kept-verbatim'
  | 'import-response-fields'
  | 'import-languages-split'
  | 'import-authentication-preset';

export interface ImportNote {
  code: ImportNoteCode;
  message: string;
  severity: 'warning' | 'info';
}

/** One template of a document, with the entry of Meta's JSON it came from (per language). */
export interface ImportedEntry {
  template: ImportedTemplate;
  notes: ImportNote[];
  /** The entry as Meta had it, with `languages` resolved to this entry's `language`. */
  source: Json;
  /** Its path in the document ('' when the document is the template). */
  at: string;
}

export interface RefusedEntry {
  at: string;
  name?: string;
  language?: string;
  message: string;
  line?: number;
  column?: number;
}

/** Fields of Meta's GET responses and list records, not of the create request. */
export const RESPONSE_FIELDS = ['id', 'status', 'namespace', 'rejected_reason', 'quality_score', 'previous_category', 'correct_category', 'last_updated_time', 'rejection_info'];
const TEMPLATE_FIELDS = ['name', 'language', 'category', 'parameter_format', 'components'];

/** Meta's preset text of an authentication template, in English (Meta writes it in the template's language). */
export const AUTH_PRESET = '{{1}} is your verification code.';
export const AUTH_SECURITY = 'For your security, do not share this code.';

/** The usual order of components in Meta's documentation, which `meta` writes when no other is kept. */
export const COMPONENT_ORDER = ['HEADER', 'LIMITED_TIME_OFFER', 'BODY', 'FOOTER', 'BUTTONS', 'CAROUSEL'];

/** Rewrites placeholders with a mapping from the component's own name to the template's. */
function rename(text: string, to: (name: string) => string): string {
  let out = '';
  let last = 0;
  for (const p of metaPlaceholders(text)) {
    out += `${text.slice(last, p.start)}{{${to(p.name)}}}`;
    last = p.end;
  }
  return out + text.slice(last);
}

/** Positional body examples: Meta's `[[v1, v2, …]]`; other shapes are read as well as they can be, and said so. */
function bodyExamples(example: unknown, count: number, note: (m: string) => void): { values: string[]; standard: boolean } {
  if (example === undefined) return { values: [], standard: true };
  if (Array.isArray(example) && example.length === 1 && Array.isArray(example[0])) return { values: strings(example[0]), standard: true };
  if (typeof example === 'string') {
    note(`example.body_text is a string, not a list of one list; read as [["${example}"]] and kept as written`);
    return { values: [example], standard: false };
  }
  if (Array.isArray(example) && example.every(Array.isArray)) {
    const flat = (example as unknown[][]).flat().map(String);
    if (flat.length === count) {
      note(`example.body_text holds ${example.length} lists for ${count} parameters; read one value from each, and kept as written`);
      return { values: flat, standard: false };
    }
    note(`example.body_text holds ${example.length} lists; read the first as the examples, and kept as written`);
    return { values: strings(example[0]), standard: false };
  }
  if (Array.isArray(example)) {
    note('example.body_text is a flat list, not a list of one list; read it as the examples, and kept as written');
    return { values: strings(example), standard: false };
  }
  note('example.body_text has a shape Meta does not document; kept as written, no examples read');
  return { values: [], standard: false };
}

/** One template entry of Meta's JSON (create request, GET record, list member) as a disclose template. */
export function importEntry(json: unknown, w: Where, languageOverride?: string): { template: ImportedTemplate; notes: ImportNote[] } {
  if (!object(json)) fail(w, '', 'expected a template object');
  const notes: ImportNote[] = [];
  const meta: MetaPassthrough = {};
  const name = str(w, json['name'], 'name');
  if (!/^[a-z0-9_]{1,512}$/.test(name)) fail(w, 'name', `"${name}" is not a template name (lowercase letters, digits and underscores, at most 512)`);
  const rawCategory = str(w, json['category'], 'category');
  const mapped = mapCategory(rawCategory);
  if (!mapped) fail(w, 'category', `"${rawCategory}" is not a WhatsApp template category`, 'Use UTILITY, MARKETING or AUTHENTICATION (legacy categories such as TRANSACTIONAL, SHIPPING_UPDATE or OTP are mapped to them).');
  if (mapped.legacy) {
    meta.category = rawCategory;
    notes.push({ code: 'import-category-mapped', severity: 'warning', message: `legacy category ${mapped.legacy} imported as ${mapped.category.toUpperCase()} (Meta's categories since June 2023); \`disclose meta\` writes ${mapped.category.toUpperCase()}` });
  }
  const rawLanguage = languageOverride ?? str(w, json['language'], 'language');
  const language = fromMetaLanguage(rawLanguage);
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) fail(w, 'language', `"${rawLanguage}" is not a language code`);
  const format = json['parameter_format'] === undefined ? 'POSITIONAL' : str(w, json['parameter_format'], 'parameter_format').toUpperCase();
  if (format !== 'POSITIONAL' && format !== 'NAMED') fail(w, 'parameter_format', `"${String(json['parameter_format'])}" is neither POSITIONAL nor NAMED`);
  const positional = format !== 'NAMED';
  if (!Array.isArray(json['components'])) fail(w, 'components', json['components'] === undefined ? 'missing: a template has a list of components' : 'expected a list');
  const components = json['components'] as unknown[];
  components.forEach((c, i) => {
    if (!object(c)) fail(w, `components[${i}]`, 'expected a component object');
    if (typeof c['type'] !== 'string') fail(w, `components[${i}].type`, 'missing (expected HEADER, BODY, FOOTER, BUTTONS or another component type)');
  });
  const typed = (components as Json[]).map((c, i) => ({ c, i, type: String(c['type']).toUpperCase() }));
  const order = typed.map((t) => t.type);
  const others: Json[] = [];
  const kept: string[] = [];

  const fieldsRest = rest(json, [...TEMPLATE_FIELDS, ...RESPONSE_FIELDS, 'languages']) ?? {};
  // `meta` writes NAMED when every placeholder is a name; without any, Meta's stated format is kept.
  if (format === 'NAMED' && !JSON.stringify(components).match(/\{\{\s*[a-z][a-z0-9_]*\s*\}\}/)) fieldsRest['parameter_format'] = json['parameter_format'];
  if (Object.keys(fieldsRest).length) {
    meta.fields = fieldsRest;
    kept.push(`fields ${Object.keys(fieldsRest).join(', ')}`);
  }
  const response = Object.fromEntries(RESPONSE_FIELDS.filter((k) => json[k] !== undefined).map((k) => [k, json[k]]));
  if (Object.keys(response).length) {
    meta.response = response;
    notes.push({ code: 'import-response-fields', severity: 'info', message: `Meta's response fields ${Object.keys(response).join(', ')} kept under meta.response for the record; \`disclose meta\` does not send them` });
  }

  // BODY
  const bodies = typed.filter((t) => t.type === 'BODY');
  if (bodies.length === 0) fail(w, 'components', 'no BODY component', 'Every WhatsApp template has a BODY component.');
  const { c: bodyC, i: bodyAt } = bodies[0]!;
  bodies.slice(1).forEach((b) => {
    others.push(b.c);
    kept.push(`a second BODY (components[${b.i}])`);
  });
  const category = mapped.category;
  let body: string;
  const bodyRest: Json = rest(bodyC, ['type', 'text', 'example']) ?? {};
  if (typeof bodyC['text'] === 'string') body = bodyC['text'];
  else if (bodyC['text'] === undefined && category === 'authentication') {
    body = bodyC['add_security_recommendation'] === true ? `${AUTH_PRESET} ${AUTH_SECURITY}` : AUTH_PRESET;
    notes.push({ code: 'import-authentication-preset', severity: 'info', message: `authentication template in Meta's preset form: the body is Meta's own text (shown here in English, sent by Meta in ${rawLanguage}); \`disclose meta\` writes the preset form again` });
  } else fail(w, `components[${bodyAt}].text`, bodyC['text'] === undefined ? 'missing: only AUTHENTICATION templates have a BODY without text' : 'expected a string');
  const bodyExample = object(bodyC['example']) ? bodyC['example'] : bodyC['example'] === undefined ? {} : fail(w, `components[${bodyAt}].example`, 'expected an object');
  const reshaped = (m: string) => notes.push({ code: 'import-example-reshaped', severity: 'warning', message: `BODY ${m}` });
  const bodyNames = namesInOrder(metaPlaceholders(body));
  let variables: ImportedVariable[];
  if (positional) {
    const { values, standard } = bodyExamples(bodyExample['body_text'], bodyNames.length, reshaped);
    if (!standard) bodyRest['example'] = bodyC['example'];
    variables = bodyNames.map((n) => ({ name: n, example: values[Number(n) - 1] }));
  } else {
    variables = namedParams(bodyExample['body_text_named_params']);
    if (rest(bodyExample, ['body_text_named_params'])) bodyRest['example'] = bodyC['example'];
  }
  if (positional && rest(bodyExample, ['body_text'])) bodyRest['example'] = bodyC['example'];
  if (Object.keys(bodyRest).length) meta.body = bodyRest;
  for (const n of bodyNames) if (!variables.some((v) => v.name === n)) variables.push({ name: n });

  /** The template variable for a component parameter with this example: an existing one, or a new one. */
  const variableFor = (example: string | undefined, fresh: string): string => {
    const same = example !== undefined ? variables.find((v) => v.example === example) : undefined;
    if (same) return same.name;
    const nameOf = positional ? String(variables.filter((v) => /^\d+$/.test(v.name)).length + 1) : fresh;
    variables.push({ name: nameOf, example });
    return nameOf;
  };

  // HEADER
  let header: string | undefined;
  const headers = typed.filter((t) => t.type === 'HEADER');
  headers.slice(1).forEach((h) => {
    others.push(h.c);
    kept.push(`a second HEADER (components[${h.i}]; Meta takes one)`);
  });
  if (headers[0]) {
    const { c: headerC, i } = headers[0];
    const fmt = String(headerC['format'] ?? 'TEXT').toUpperCase();
    if (fmt === 'TEXT') {
      const text = str(w, headerC['text'], `components[${i}].text`);
      const ex = object(headerC['example']) ? headerC['example'] : {};
      const standard = headerC['example'] === undefined || (positional ? Array.isArray(ex['header_text']) && !rest(ex, ['header_text']) : Array.isArray(ex['header_text_named_params']) && !rest(ex, ['header_text_named_params']));
      if (positional) {
        const values = strings(ex['header_text']);
        header = rename(text, (n) => variableFor(values[Number(n) - 1], n));
      } else {
        header = text;
        for (const p of namedParams(ex['header_text_named_params'])) if (!variables.some((v) => v.name === p.name)) variables.push(p);
        for (const n of namesInOrder(metaPlaceholders(text))) if (!variables.some((v) => v.name === n)) variables.push({ name: n });
      }
      const extra = rest(headerC, ['type', 'format', 'text', 'example']);
      if (!standard || extra) {
        meta.header = headerC;
        kept.push('the HEADER as written (its example or fields are not in the usual shape)');
      }
    } else {
      meta.header = headerC;
      kept.push(`the ${fmt} HEADER`);
    }
  }

  // FOOTER
  const footers = typed.filter((t) => t.type === 'FOOTER');
  let metaFooter: string | undefined;
  if (footers[0]) {
    const f = footers[0].c;
    if (f['text'] !== undefined) metaFooter = str(w, f['text'], `components[${footers[0].i}].text`);
    const extra = rest(f, ['type']);
    if (extra) meta.footer = extra;
  }
  footers.slice(1).forEach((f) => {
    others.push(f.c);
    kept.push(`a second FOOTER (components[${f.i}])`);
  });

  // BUTTONS
  const buttons: ImportedButton[] = [];
  const buttonComponents = typed.filter((t) => t.type === 'BUTTONS');
  buttonComponents.slice(1).forEach((b) => {
    others.push(b.c);
    kept.push(`a second BUTTONS (components[${b.i}])`);
  });
  if (buttonComponents[0]) {
    const { c: bc, i: at } = buttonComponents[0];
    if (!Array.isArray(bc['buttons'])) fail(w, `components[${at}].buttons`, 'expected a list of buttons');
    (bc['buttons'] as unknown[]).forEach((raw, i) => {
      const where = `components[${at}].buttons[${i}]`;
      if (!object(raw)) fail(w, where, 'expected a button object');
      const type = str(w, raw['type'], `${where}.type`).toLowerCase() as ButtonType;
      if (!BUTTON_TYPES.includes(type)) fail(w, `${where}.type`, `button type "${String(raw['type'])}" is not one of Meta's (${BUTTON_TYPES.map((t) => t.toUpperCase()).join(', ')})`);
      const text = raw['text'] === undefined ? undefined : str(w, raw['text'], `${where}.text`);
      const b: ImportedButton = { type, ...(text !== undefined ? { text } : {}) };
      let extra: Json | undefined;
      if (type === 'url') {
        const url = str(w, raw['url'], `${where}.url`);
        const examples = raw['example'] === undefined ? undefined : strings(Array.isArray(raw['example']) ? raw['example'] : [raw['example']]);
        const vars = metaPlaceholders(url);
        const prefix = vars.length ? url.slice(0, vars[0]!.start) : url;
        const example = examples?.[0];
        const fits = example !== undefined && example.startsWith(prefix) && Array.isArray(raw['example']) && raw['example'].length === 1;
        extra = rest(raw, ['type', 'text', 'url', 'example']);
        if (vars.length) {
          b.url = rename(url, () => variableFor(fits ? example.slice(prefix.length) : example, `button_${i + 1}`));
          if (example !== undefined && !fits) extra = { ...(extra ?? {}), example: raw['example'] };
        } else {
          b.url = url;
          if (raw['example'] !== undefined) extra = { ...(extra ?? {}), example: raw['example'] };
        }
      } else if (type === 'phone_number') {
        b.phone = str(w, raw['phone_number'], `${where}.phone_number`);
        extra = rest(raw, ['type', 'text', 'phone_number']);
      } else if (type === 'copy_code' && typeof raw['example'] === 'string' && text === undefined) {
        b.text = raw['example'];
        extra = rest(raw, ['type', 'example']);
      } else if (type === 'otp') {
        const otpType = raw['otp_type'];
        extra = rest(raw, ['type', 'text', ...(typeof otpType === 'string' && otpType.toUpperCase() === 'COPY_CODE' ? ['otp_type'] : [])]);
      } else extra = rest(raw, ['type', 'text']);
      if (extra) b.meta = extra;
      buttons.push(b);
    });
    const extra = rest(bc, ['type', 'buttons']);
    if (extra) others.push({ type: 'BUTTONS', ...extra });
  }

  for (const t of typed) {
    if (!['HEADER', 'BODY', 'FOOTER', 'BUTTONS'].includes(t.type)) {
      others.push(t.c);
      kept.push(`the ${t.type} component`);
    }
  }
  if (others.length) meta.components = others;
  const usual = COMPONENT_ORDER.filter((type) => order.includes(type));
  const unknownLast = order.filter((type) => !COMPONENT_ORDER.includes(type));
  const canonical = [...usual.flatMap((type) => order.filter((o) => o === type)), ...unknownLast];
  if (order.join() !== canonical.join()) meta.order = order;
  if (kept.length) notes.push({ code: 'import-kept-verbatim', severity: 'info', message: `kept under meta, as Meta had it, for \`disclose meta\` to write again: ${kept.join('; ')}` });

  const template: ImportedTemplate = {
    id: name,
    channel: 'whatsapp',
    category,
    language,
    ...(header !== undefined ? { header } : {}),
    body,
    buttons,
    variables,
    ...(metaFooter !== undefined ? { metaFooter } : {}),
    ...(Object.keys(meta).length ? { meta } : {}),
  };
  notes.push(
    { code: 'import-needs-purpose', severity: 'warning', message: 'Meta\'s JSON has no purpose description: write what triggers the message, what it contains and who receives it under "purpose"' },
    { code: 'import-needs-flows', severity: 'warning', message: 'Meta\'s JSON says nothing about the personal data the message carries: declare at least one flow under "flows" before disclose can render or check the template' },
  );
  return { template, notes };
}

/** Every template of a document: one template, a list response, a bare list, 360dialog's waba_templates, a webhook. */
export function importMetaDocument(json: unknown, file?: string, text?: string): { entries: ImportedEntry[]; refused: RefusedEntry[] } {
  return splitDocument(json, file, text, importEntry);
}

/** One template: the document must hold exactly one, else the error says what it holds. */
export function fromMeta(json: unknown, file?: string, text?: string): { template: ImportedTemplate; notes: ImportNote[] } {
  const { entries, refused } = importMetaDocument(json, file, text);
  if (entries.length === 1 && refused.length === 0) return entries[0]!;
  if (entries.length === 0 && refused.length === 0) fail(file, '(top level)', 'an empty list: expected an object (a template) or a list of templates');
  if (refused.length && entries.length === 0 && refused.length === 1) {
    const r = refused[0]!;
    fail({ file, base: '', positions: undefined }, r.at, r.message.replace(/^[^:]*: /, ''));
  }
  return fail(file, '(top level)', `holds ${entries.length} templates${refused.length ? ` and ${refused.length} entries that are none` : ''}; import them with --out <folder>`);
}

/** An imported template as a loaded one (no purpose, no flows yet), for the lint and `meta`. */
export function templateFromImport(t: ImportedTemplate, file: string): Template {
  return {
    id: t.id,
    channel: 'whatsapp',
    category: t.category,
    language: t.language,
    purpose: '',
    clause: { id: 'imported' },
    ...(t.header !== undefined ? { header: t.header } : {}),
    body: t.body,
    buttons: t.buttons.map((b) => ({ ...b, text: b.text ?? '' })) as Template['buttons'],
    variables: t.variables.map((v) => ({ ...v })),
    flows: [],
    inheritChannelFlows: false,
    file,
    positions: {},
    ...(t.meta || t.metaFooter !== undefined ? { meta: { ...(t.meta ?? {}), ...(t.metaFooter !== undefined ? { footer: { ...(t.meta?.footer ?? {}), text: t.metaFooter } } : {}) } } : {}),
  } as Template;
}
