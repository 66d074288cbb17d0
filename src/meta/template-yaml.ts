/**
 * Writes an imported template as YAML a person finishes by hand: the schema line, the fields Meta
 * gave, and comments where disclose needs what Meta's JSON cannot say (purpose, flows).
 */
import { Document, isMap, isSeq } from 'yaml';
import type { ImportedTemplate } from './from-meta.js';

/** One top-level field as YAML; lists of objects in flow style, one item a line. */
function field(key: string, value: unknown): string {
  const doc = new Document({ [key]: value });
  const node = doc.get(key, true);
  if (isSeq(node)) for (const item of node.items) if (isMap(item)) item.flow = true;
  return doc.toString({ lineWidth: 0 });
}

/**
 * A value quoted for a comment line: a JSON string (valid YAML too), with every character YAML
 * or an editor may take as a line break escaped, so nothing of the value leaves the comment.
 */
function commentValue(value: string): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for a comment line (a file name), only its line breaks escaped. */
function commentText(text: string): string {
  return text.replace(/[\r\n\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const FLOW_EXAMPLE = [
  '# flows: the personal data this message carries, for whom and on which legal basis (at least one).',
  '# For example:',
  '#   - id: delivery',
  '#     data: [user.name, user.contact.phone_number]',
  '#     purpose: essential.service.order_delivery',
  '#     legalBasis: contract',
  '#     storage: [DE]',
  '#     retention: { value: 180, unit: day, from: delivery }',
  '# The template does not load until flows are declared (schema: at least one flow).',
];

export function importedTemplateYaml(t: ImportedTemplate, schemaPath: string, source: string): string {
  const out: string[] = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# Imported from Meta's template JSON (${commentText(source)}) by disclose import-meta.`,
    field('id', t.id),
    field('channel', t.channel),
    field('category', t.category),
    field('language', t.language),
    '# purpose: what triggers the message, what it contains and who receives it, with one concrete',
    '# figure, e.g. "When the order leaves the warehouse, send the customer the tracking link within 1 hour."',
    field('purpose', ''),
  ];
  if (t.header !== undefined) out.push(field('header', t.header));
  out.push(field('body', t.body));
  if (t.buttons.length) out.push(field('buttons', t.buttons));
  if (t.variables.length) {
    out.push('# Meta gives examples only: add source (the field each value is filled from) and maxLength.');
    out.push(field('variables', t.variables.map((v) => ({ name: v.name, ...(v.example !== undefined ? { example: v.example } : {}) }))));
  }
  const meta = { ...(t.meta ?? {}), ...(t.metaFooter !== undefined ? { footer: { ...(t.meta?.footer ?? {}), text: t.metaFooter } } : {}) };
  if (Object.keys(meta).length) {
    out.push("# meta: what Meta's JSON holds beyond the fields above, kept as Meta had it; disclose meta writes it back.");
    if (t.metaFooter !== undefined) {
      out.push(
        `# Meta's footer was ${commentValue(t.metaFooter)}`,
        '# It is kept as meta.footer.text: disclose meta puts it beside the disclosure footer it generates',
        '# when both fit in 60 characters, and says which it kept when not;',
        '# write footer: to send a footer of your own instead of the generated one.',
      );
    }
    out.push(field('meta', meta));
  }
  out.push(...FLOW_EXAMPLE, field('flows', []));
  return out.map((s) => s.replace(/\n$/, '')).join('\n') + '\n';
}
