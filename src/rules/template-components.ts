import type { Rule } from '../check/rule.js';

const MEDIA = ['IMAGE', 'VIDEO', 'DOCUMENT'];
const ONCE = ['HEADER', 'BODY', 'FOOTER', 'BUTTONS'];

/**
 * The components Meta's JSON adds beyond what disclose models (`meta:` from import-meta): each of
 * HEADER, BODY, FOOTER and BUTTONS at most once, and a media header with a sample.
 */
export const rule: Rule = {
  meta: {
    id: 'template-components',
    scope: 'template',
    description: 'A template has at most one HEADER, BODY, FOOTER and BUTTONS component; an IMAGE, VIDEO or DOCUMENT header comes with a sample (example.header_handle).',
    source: 'Meta WhatsApp message templates, components reference: a template is made of one optional header, one body, one optional footer and one optional set of buttons; a media header needs a sample uploaded with the Resumable Upload API, given as example.header_handle; templates whose parameters or media have no sample are rejected for lack of context (checked 2026-12-06)',
    severity: 'error',
    messages: {
      duplicate: 'a second {{type}} component; Meta takes one',
      mediaExample: 'the {{format}} header has no sample (example.header_handle)',
    },
  },
  check(ctx) {
    const t = ctx.template;
    const meta = t.meta as { header?: Record<string, unknown>; components?: Array<Record<string, unknown>> } | undefined;
    if (!meta) return;
    const pos = t.positions['meta'];
    for (const c of meta.components ?? []) {
      const type = String(c['type']).toUpperCase();
      if (ONCE.includes(type)) ctx.report({ messageId: 'duplicate', data: { type }, pos, fix: `Remove the second ${type} from meta.components.` });
    }
    const header = meta.header;
    if (header) {
      const format = String(header['format'] ?? '').toUpperCase();
      const example = header['example'] as { header_handle?: unknown } | undefined;
      const handles = Array.isArray(example?.header_handle) ? example.header_handle : [];
      if (MEDIA.includes(format) && handles.length === 0) ctx.report({ messageId: 'mediaExample', data: { format }, pos, fix: 'Upload a sample file and give its handle under meta.header.example.header_handle.' });
    }
  },
};
