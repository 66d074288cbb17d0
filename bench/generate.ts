/**
 * Writes N synthetic templates with varied flows (seeded, so runs compare) and an organization
 * file into a folder. Keys come from the shipped taxonomy; every template is valid and clean
 * enough to exercise the whole pipeline.
 */
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function keys(root: string, file: string): string[] {
  return (parse(readFileSync(path.join(root, 'taxonomy', file), 'utf8')) as { entries: Array<{ key: string; vague?: boolean }> }).entries.filter((e) => !e.vague).map((e) => e.key);
}

/**
 * `distinct` (the default): every template draws its own flows, so nearly no two share one.
 * `realistic`: as real template sets do, templates share a few dozen flow shapes (the same
 * courier, payment provider or support desk with the same data, purpose and retention); one in ten
 * has flows of its own. A flow shape is a template's flows without its identity (id, purpose text,
 * clause, channel).
 */
export type CorpusMode = 'distinct' | 'realistic';

/** Flow shapes the realistic corpus draws from, and the share of templates with flows of their own. */
export const REALISTIC = { shapes: 30, unique: 0.1 } as const;

export function generateTemplates(root: string, out: string, count: number, seed = 42, mode: CorpusMode = 'distinct'): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  const data = keys(root, 'data-categories.yaml').filter((k) => k.split('.').length > 2);
  const purposes = keys(root, 'purposes.yaml').filter((k) => k.split('.').length > 2 && !k.endsWith('message_delivery'));
  const recipients = keys(root, 'recipients.yaml').filter((k) => k.split('.').length > 2);
  const countries = ['DE', 'FR', 'IE', 'NL', 'US', 'SG', 'IN', 'JP', 'GB'];
  const names = ['SwiftShip Logistics', 'Parcelo', 'PayBridge', 'Zendesk', 'Sinch Sweden', 'AdReach Media', 'CloudNest', 'Verify One'];
  // Periods a business keeps data for, within the schema's bound of 100 years in any unit.
  const units = [
    { unit: 'day', from: 'delivery', max: 365 },
    { unit: 'month', from: 'transaction', max: 24 },
    { unit: 'year', from: 'ticket_closed', max: 10 },
    { unit: 'day', from: 'collection', max: 365 },
  ] as const;
  const dir = path.join(out, 'templates');
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(root, 'examples', 'organization.yaml'), path.join(out, 'organization.yaml'));
  const makeFlows = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, j) => {
    const r = pick(units);
    const flowRecipients = some(recipients, 0, 2).map((type) => ({
      type,
      name: pick(names),
      country: pick(countries),
      contact: 'privacy@recipient.example',
      transfer: { eu: 'scc', china: 'cac_standard_contract', default: 'contract' },
    }));
    return {
      id: `f${j + 1}`,
      data: some(data, 2, 5),
      purpose: pick(purposes),
      legalBasis: pick(['contract', 'consent', 'legal_obligation'] as const),
      ...(flowRecipients.length ? { recipients: flowRecipients } : {}),
      storage: [pick(countries)],
      transfer: { eu: 'scc', china: 'cac_standard_contract', default: 'contract' },
      retention: { value: 1 + Math.floor(rnd() * r.max), unit: r.unit, from: r.from },
      ...(rnd() < 0.1 ? { shared: true } : {}),
    };
  });
  // The realistic corpus draws its shapes from a stream of its own, so the distinct corpus stays
  // the one earlier benchmarks generated from the same seed.
  const shapes: Array<ReturnType<typeof makeFlows>> = [];
  const shapeRnd = prng(seed ^ 0x5eed);
  if (mode === 'realistic') for (let k = 0; k < REALISTIC.shapes; k++) shapes.push(makeFlows());
  for (let i = 1; i <= count; i++) {
    const id = `t${String(i).padStart(6, '0')}`;
    const channel = pick(['whatsapp', 'sms', 'email'] as const);
    const flows = mode === 'realistic' && shapeRnd() >= REALISTIC.unique ? shapes[Math.floor(shapeRnd() * shapes.length)]! : makeFlows();
    const template = {
      id,
      channel,
      category: pick(['utility', 'utility', 'marketing'] as const),
      language: 'en',
      purpose: `When event ${i} happens, send the customer who triggered it the reference number and the next step within ${1 + (i % 24)} hours.`,
      clause: { id: `c${i % 50}`, number: `${1 + (i % 9)}.${1 + (i % 7)}` },
      body: `Hello {{1}}, your request {{2}} was updated. Reply HELP for support.`,
      variables: [
        { name: '1', source: 'customer.first_name', maxLength: 30, example: 'Maria' },
        { name: '2', source: 'request.number', maxLength: 12, example: 'R-1001' },
      ],
      flows,
    };
    writeFileSync(path.join(dir, `${id}.yaml`), stringify(template));
  }
  return dir;
}
