/**
 * Meta's template JSON back into the fields of a disclose template. Pure. Meta's JSON carries no
 * purpose and no data flows: the result leaves both for the user and says so in `notes`. Header
 * and button parameters become the body variable with the same example, or new variables.
 * Text between braces that is no parameter (`{{#each x}}`) is kept as written.
 */
import { namesInOrder } from '../lint/placeholders.js';
import { metaPlaceholders } from './placeholders.js';
import { fromMetaLanguage } from './language.js';
import { fail, namedParams, object, str, strings } from './meta-json.js';

export interface ImportedVariable {
  name: string;
  example?: string;
}

export interface ImportedButton {
  type: 'url' | 'quick_reply' | 'phone_number' | 'copy_code' | 'otp';
  text: string;
  url?: string;
  phone?: string;
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
  /** Meta's footer; disclose generates one per region, so it is offered, not imported as `footer:`. */
  metaFooter?: string;
}

export interface ImportNote {
  code: 'import-needs-flows' | 'import-needs-purpose';
  message: string;
}

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

export function fromMeta(json: unknown, file?: string): { template: ImportedTemplate; notes: ImportNote[] } {
  if (!object(json)) fail(file, '(top level)', 'expected an object');
  const name = str(file, json['name'], 'name');
  if (!/^[a-z0-9_]{1,512}$/.test(name)) fail(file, 'name', `"${name}" is not a template name (lowercase letters, digits and underscores)`);
  const category = str(file, json['category'], 'category').toLowerCase();
  if (!['utility', 'marketing', 'authentication'].includes(category)) fail(file, 'category', `"${category}" is not UTILITY, MARKETING or AUTHENTICATION`);
  const language = fromMetaLanguage(str(file, json['language'], 'language'));
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) fail(file, 'language', `"${String(json['language'])}" is not a language code`);
  const positional = (json['parameter_format'] ?? 'POSITIONAL') !== 'NAMED';
  const components = Array.isArray(json['components']) ? json['components'].filter(object) : fail(file, 'components', 'expected a list');
  const find = (type: string) => components.find((c) => String(c['type']).toUpperCase() === type);

  const bodyC = find('BODY') ?? fail(file, 'components', 'no BODY component');
  const body = str(file, bodyC['text'], 'BODY.text');
  const bodyExample = object(bodyC['example']) ? bodyC['example'] : {};
  const variables: ImportedVariable[] = positional
    ? namesInOrder(metaPlaceholders(body)).map((n) => ({ name: n, example: strings(Array.isArray(bodyExample['body_text']) ? bodyExample['body_text'][0] : [])[Number(n) - 1] }))
    : namedParams(bodyExample['body_text_named_params']);
  for (const n of namesInOrder(metaPlaceholders(body))) if (!variables.some((v) => v.name === n)) variables.push({ name: n });

  /** The template variable for a component parameter with this example: an existing one, or a new one. */
  const variableFor = (example: string | undefined, fresh: string): string => {
    const same = example !== undefined ? variables.find((v) => v.example === example) : undefined;
    if (same) return same.name;
    const nameOf = positional ? String(variables.filter((v) => /^\d+$/.test(v.name)).length + 1) : fresh;
    variables.push({ name: nameOf, example });
    return nameOf;
  };

  let header: string | undefined;
  const headerC = find('HEADER');
  if (headerC && String(headerC['format'] ?? 'TEXT').toUpperCase() === 'TEXT' && typeof headerC['text'] === 'string') {
    const ex = object(headerC['example']) ? headerC['example'] : {};
    if (positional) {
      const values = strings(ex['header_text']);
      header = rename(headerC['text'], (n) => variableFor(values[Number(n) - 1], n));
    } else {
      const params = namedParams(ex['header_text_named_params']);
      header = headerC['text'];
      for (const p of params) if (!variables.some((v) => v.name === p.name)) variables.push(p);
    }
  }

  const buttons: ImportedButton[] = [];
  const buttonsC = find('BUTTONS');
  const rawButtons = buttonsC && Array.isArray(buttonsC['buttons']) ? buttonsC['buttons'].filter(object) : [];
  rawButtons.forEach((b, i) => {
    const type = String(b['type']).toUpperCase();
    const text = typeof b['text'] === 'string' ? b['text'] : '';
    if (type === 'URL') {
      const url = str(file, b['url'], `BUTTONS[${i}].url`);
      const example = strings(b['example'])[0];
      const vars = metaPlaceholders(url);
      const prefix = vars.length ? url.slice(0, vars[0]!.start) : url;
      const value = example !== undefined && example.startsWith(prefix) ? example.slice(prefix.length) : example;
      buttons.push({ type: 'url', text, url: vars.length ? rename(url, () => variableFor(value, `button_${i + 1}`)) : url });
    } else if (type === 'QUICK_REPLY') buttons.push({ type: 'quick_reply', text });
    else if (type === 'PHONE_NUMBER') buttons.push({ type: 'phone_number', text, phone: typeof b['phone_number'] === 'string' ? b['phone_number'] : '' });
    else if (type === 'COPY_CODE') buttons.push({ type: 'copy_code', text: typeof b['example'] === 'string' ? b['example'] : text });
    else if (type === 'OTP') buttons.push({ type: 'otp', text });
    else fail(file, `BUTTONS[${i}].type`, `button type "${type}" is not one disclose knows (URL, QUICK_REPLY, PHONE_NUMBER, COPY_CODE, OTP)`);
  });

  const footerC = find('FOOTER');
  const template: ImportedTemplate = {
    id: name,
    channel: 'whatsapp',
    category: category as ImportedTemplate['category'],
    language,
    ...(header !== undefined ? { header } : {}),
    body,
    buttons,
    variables,
    ...(footerC && typeof footerC['text'] === 'string' ? { metaFooter: footerC['text'] } : {}),
  };
  return {
    template,
    notes: [
      { code: 'import-needs-purpose', message: 'Meta\'s JSON has no purpose description: write what triggers the message, what it contains and who receives it under "purpose"' },
      { code: 'import-needs-flows', message: 'Meta\'s JSON says nothing about the personal data the message carries: declare at least one flow under "flows" before disclose can render or check the template' },
    ],
  };
}
