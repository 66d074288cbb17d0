/**
 * Loads one message template: schema, taxonomy keys, variable names, and the channel's implied
 * flows (unless the template opts out). The body stays opaque text; it never meets Handlebars.
 */
import type { Channel, ChannelProfile, Flow, LegalBasis, Template, TextField } from '../model/types.js';
import { DiscloseError } from '../errors.js';
import { checkDpfDates } from './check-dpf-dates.js';
import { readTextFile } from './read-file.js';
import { scalarPositions, type PosAt } from './scalar-positions.js';
import { parseYaml } from './yaml-file.js';
import { validateAgainstSchema } from './validate-schema.js';
import { buildFlows, type RawFlow } from './flows.js';
import { checkLinks } from './insecure-link.js';
import type { Taxonomy } from '../model/types.js';

interface RawTemplate extends Omit<Template, 'flows' | 'variables' | 'buttons' | 'clause' | 'file' | 'positions' | 'inheritChannelFlows'> {
  flows?: RawFlow[];
  variables?: Array<{ name: string | number; source?: string; maxLength?: number; example?: string }>;
  buttons?: Template['buttons'];
  clause?: Partial<Template['clause']>;
  inheritChannelFlows?: boolean;
  /** The basis of the flows the channel implies, when it is not the first declared flow's (e.g. consent for an opted-in notice). */
  channelBasis?: LegalBasis;
}

const POSITIONED = ['id', 'channel', 'category', 'language', 'purpose', 'clause', 'header', 'body', 'footer', 'buttons', 'variables', 'flows', 'consent', 'frequency', 'meta'];

export interface TemplateLoadOptions {
  /** Load the template as if it were written for this channel (its limits and implied flows). */
  channel?: Channel;
  /** Region ids a per-region `transfer:` map may name (an unknown key is refused); unchecked when absent. */
  regionIds?: readonly string[];
}

export function loadTemplate(file: string, tax: Taxonomy, channels: Map<string, ChannelProfile>, options: TemplateLoadOptions = {}): Template {
  return parseTemplate(readTextFile(file), file, tax, channels, options);
}

/** Same as loadTemplate, from text already in memory (used by import and tests). */
export function parseTemplate(text: string, file: string, tax: Taxonomy, channels: Map<string, ChannelProfile>, options: TemplateLoadOptions = {}): Template {
  const y = parseYaml(text, file);
  validateAgainstSchema(y, 'template');
  checkDpfDates(y);
  return templateFromYaml(y, tax, channels, text, options);
}

const TEXT_FIELDS: readonly TextField[] = ['body', 'header', 'footer', 'purpose'];

function templateFromYaml(y: ReturnType<typeof parseYaml>, tax: Taxonomy, channels: Map<string, ChannelProfile>, text: string, options: TemplateLoadOptions): Template {
  const raw = y.data as RawTemplate;
  if (options.channel) raw.channel = options.channel;
  const channel = channels.get(raw.channel);
  if (!channel) throw new DiscloseError('E_UNKNOWN_CHANNEL', `unknown channel "${raw.channel}"`, y.posOf(['channel']), `Accepted: ${[...channels.keys()].join(', ')}.`);
  const declared = buildFlows(raw.flows ?? [], tax, y, ['flows'], { regionIds: options.regionIds });
  // Free text that is blank would render as a gap ("Our legitimate interest in …:  .").
  for (const field of ['purpose', 'body', 'footer'] as const) {
    const v = raw[field];
    if (typeof v === 'string' && v.trim() === '') {
      throw new DiscloseError('E_SCHEMA', `${field} is blank`, y.posOf([field]), field === 'footer' ? 'Write the footer, or remove the field to have disclose generate one.' : `Write the ${field}.`);
    }
  }
  const title = raw.clause?.title;
  for (const [lng, t] of typeof title === 'string' ? [['', title] as const] : Object.entries(title ?? {})) {
    if (t.trim() === '') throw new DiscloseError('E_SCHEMA', `clause title${lng ? ` (${lng})` : ''} is blank`, y.posOf(lng ? ['clause', 'title', lng] : ['clause', 'title']), 'Write the title, or remove it to use the purpose\'s label.');
  }
  if (typeof title === 'string') checkLinks(title, 'clause title', y.posOf(['clause', 'title']));
  else if (title) for (const [lng, t] of Object.entries(title)) checkLinks(t, `clause title (${lng})`, y.posOf(['clause', 'title', lng]));
  for (const [lng, t] of Object.entries(raw.consent?.setting ?? {})) checkLinks(t, `consent setting (${lng})`, y.posOf(['consent', 'setting', lng]));
  checkConsentRecords(raw, declared, y);
  // A template with no flows of its own carries only the channel's, on the basis of the message
  // itself: performance of the contract (or the request) the message serves, unless the template
  // names it (`channelBasis: consent` for a notice sent only to people who opted in).
  const primaryFlow = raw.channelBasis ? undefined : declared.find((f) => (f.legalBasis as string) !== 'inherit');
  const primaryBasis = raw.channelBasis ?? primaryFlow?.legalBasis ?? ('contract' as LegalBasis);
  declared.forEach((f, i) => {
    if ((f.legalBasis as string) === 'inherit') {
      throw new DiscloseError('E_SCHEMA', `flow "${f.id}": "inherit" is only for channel profiles`, y.posOf(['flows', i, 'legalBasis']), 'Name the legal basis: consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests.');
    }
  });
  const inherit = raw.inheritChannelFlows ?? true;
  const channelPos = y.posOf(['channel']);
  const implied: Flow[] = inherit
    ? channel.implies
        .filter((f) => !declared.some((d) => d.id === f.id))
        // Findings on a flow the channel adds point at the template's `channel:`, the line the
        // user can change, not into disclose's own channel profile.
        .map((f) => ({
          ...f,
          legalBasis: (f.legalBasis as string) === 'inherit' ? (primaryBasis as LegalBasis) : f.legalBasis,
          // The template's flow whose basis (and, on consent, whose consent) it takes (review 8 EU8-1).
          ...((f.legalBasis as string) === 'inherit' && primaryFlow ? { basisFrom: primaryFlow.id } : {}),
          pos: channelPos,
          recipients: f.recipients.map((r) => ({ ...r, pos: channelPos })),
        }))
    : [];
  if (declared.length === 0 && implied.length === 0) {
    throw new DiscloseError(
      'E_SCHEMA',
      'the template declares no flows and inherits none',
      y.posOf(raw.flows ? ['flows'] : ['id'], !raw.flows),
      inherit ? `Declare the template's flows (channel ${raw.channel} implies none).` : 'Declare the template\'s flows, or remove `inheritChannelFlows: false`.',
    );
  }
  const all = [...declared, ...implied];
  const variables = (raw.variables ?? []).map((v, i) => ({ ...v, name: String(v.name), pos: y.posOf(['variables', i]) }));
  const seenVars = new Set<string>();
  variables.forEach((v, i) => {
    if (seenVars.has(v.name)) throw new DiscloseError('E_DUPLICATE_ID', `variable "${v.name}" is declared twice`, y.posOf(['variables', i, 'name']), 'Declare each variable once.');
    seenVars.add(v.name);
  });
  const positions: Template['positions'] = {};
  for (const key of POSITIONED) positions[key] = y.posOf([key], true);
  positions['body.value'] = y.posOf(['body']);
  positions['footer.value'] = y.posOf(['footer']);
  for (const [key, value] of Object.entries(raw.consent ?? {})) {
    positions[`consent.${key}`] = y.posOf(['consent', key], true);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const sub of Object.keys(value)) positions[`consent.${key}.${sub}`] = y.posOf(['consent', key, sub], true);
    }
  }
  const textPos = new Map<TextField, PosAt>();
  for (const field of TEXT_FIELDS) {
    const value = raw[field];
    if (typeof value === 'string') textPos.set(field, scalarPositions(text, y.posOf([field]), value));
  }
  return {
    id: raw.id,
    channel: raw.channel,
    category: raw.category,
    language: raw.language,
    purpose: raw.purpose,
    clause: {
      id: raw.clause?.id ?? all[0]!.purpose.split('.').pop()!.replace(/_/g, '-'),
      number: raw.clause?.number,
      title: raw.clause?.title,
    },
    header: raw.header,
    body: raw.body,
    footer: raw.footer,
    // An OTP button may leave its text to Meta's default: text is '' then (`meta` writes none).
    buttons: (raw.buttons ?? []).map((b, i) => ({ ...b, text: b.text ?? '', pos: y.posOf(['buttons', i]) })),
    variables,
    flows: all,
    inheritChannelFlows: inherit,
    consent: raw.consent
      ? {
          ...raw.consent,
          ...(raw.consent.separateRecords ? { separateRecords: raw.consent.separateRecords.map((r, i) => ({ ...r, pos: y.posOf(['consent', 'separateRecords', i]) })) } : {}),
          pos: y.posOf(['consent']),
        }
      : undefined,
    ...(raw.frequency ? { frequency: { count: raw.frequency.count, per: raw.frequency.per } } : {}),
    ...(raw.meta ? { meta: raw.meta } : {}),
    file: y.file,
    positions,
    posIn: (field, offset) => textPos.get(field)?.(offset) ?? positions[field] ?? positions['id']!,
  };
}

/**
 * The consent records name flows the template declares on consent, each flow in one record at most, and
 * every separate record names its flows (review 7 EU7-1: the consent to AdReach's sharing has its own box).
 */
function checkConsentRecords(raw: RawTemplate, declared: readonly Flow[], y: ReturnType<typeof parseYaml>): void {
  const consent = raw.consent;
  if (!consent) return;
  const owner = new Map<string, string>();
  const check = (ids: readonly string[] | undefined, at: (string | number)[], name: string) => {
    (ids ?? []).forEach((id, j) => {
      const flow = declared.find((f) => f.id === id);
      const pos = y.posOf([...at, 'flows', j]);
      if (!flow) throw new DiscloseError('E_SCHEMA', `${name}: no flow "${id}" is declared`, pos, `Name a flow of this template (${declared.map((f) => f.id).join(', ') || 'none declared'}).`);
      if (flow.legalBasis !== 'consent') throw new DiscloseError('E_SCHEMA', `${name}: flow "${id}" does not rest on consent (legalBasis: ${flow.legalBasis})`, pos, 'A consent record covers flows on legalBasis: consent; remove the flow from it or change its basis.');
      const before = owner.get(id);
      if (before) throw new DiscloseError('E_SCHEMA', `${name}: flow "${id}" is already covered by ${before}`, pos, 'Name each flow in one consent record: the one whose box the person ticked for it.');
      owner.set(id, name);
    });
  };
  check(consent.flows, ['consent'], 'consent');
  (consent.separateRecords ?? []).forEach((r, i) => {
    const at = ['consent', 'separateRecords', i];
    const name = `consent.separateRecords[${i}]`;
    if (!r.flows?.length) throw new DiscloseError('E_SCHEMA', `${name} names no flows`, y.posOf(at), 'Add flows: [<id>, …]: the flows this separate consent covers.');
    if (r.separateRecords) throw new DiscloseError('E_SCHEMA', `${name} has separate records of its own`, y.posOf([...at, 'separateRecords']), 'List every separate consent under the template\'s consent.separateRecords.');
    check(r.flows, at, name);
    for (const [lng, t] of Object.entries(r.setting ?? {})) checkLinks(t, `${name} setting (${lng})`, y.posOf([...at, 'setting', lng]));
  });
}
