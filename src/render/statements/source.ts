/**
 * Where the data comes from (GDPR Art. 14(2)(f), review CA-6): what we obtain from the person, the
 * device or our records; what we create, assign or write; what we derive; what a third party or our
 * own processor provides.
 */
import type { DataOrigin, DataSourceKind, Flow, Taxonomy } from '../../model/types.js';
import { originIn } from '../facts.js';
import { collectedDirectly, type StatementContext } from './context.js';

/** The origins stated as "we obtain …", in this order (the others are created or written by us, or inferred). */
const OBTAINED: DataOrigin[] = ['from_you', 'from_device', 'from_our_records'];

/** The source sentences of the template's flows. */
export function sourceStatements(ctx: StatementContext): void {
  const { s, loc, tax, flows, dataList } = ctx;
  // Where the data comes from: a flow's declared source decides (collected, derived, from a third
  // party); without one, each category's own origin in the taxonomy (from the person, the device, our
  // records, created or written by us, inferred by us; review CA-6).
  const bySource = new Map<string, { kind: DataSourceKind; category?: string; data: string[]; flows: string[] }>();
  const byOrigin = new Map<DataOrigin, { data: string[]; flows: string[] }>();
  const add = (g: { data: string[]; flows: string[] }, d: string, flow: string) => {
    if (!g.data.includes(d)) g.data.push(d);
    if (!g.flows.includes(flow)) g.flows.push(flow);
  };
  for (const flow of flows) {
    if (flow.source && flow.source.from !== 'user') {
      const kind = flow.source.from;
      const k = `${kind}|${flow.source.category ?? ''}`;
      const g = bySource.get(k) ?? { kind, ...(flow.source.category ? { category: flow.source.category } : {}), data: [], flows: [] };
      for (const d of flow.data) add(g, d, flow.id);
      bySource.set(k, g);
      continue;
    }
    const direct = collectedDirectly(flow);
    for (const d of flow.data) {
      // Collected by the recipient directly from the person (collectedByRecipients.data): not "obtained" by us
      // (review 7 CA7-2, SEA7-1 Malaysia's s.7(1)(c) line); statement.enteredDirectly says where it goes.
      if (direct.includes(d)) continue;
      // A flow that declares `from: user` gets every category from the person but what we create or assign.
      const origin = originIn(tax, flow, d) as DataOrigin;
      if (origin === 'inferred_by_us') {
        const g = bySource.get('derived|') ?? { kind: 'derived' as const, data: [], flows: [] };
        add(g, d, flow.id);
        bySource.set('derived|', g);
        continue;
      }
      const g = byOrigin.get(origin) ?? { data: [], flows: [] };
      add(g, d, flow.id);
      byOrigin.set(origin, g);
    }
  }
  // What we obtain (from the person, the device, our records): one sentence, grouped by where it comes from.
  const obtained = OBTAINED.filter((o) => byOrigin.has(o));
  if (obtained.length === 1 && obtained[0] === 'from_you') {
    const g = byOrigin.get('from_you')!;
    s.source.push({ key: 'statement.sourceUser', values: { data: dataList(g.data) }, claims: [], asserts: { kind: 'source', flows: g.flows, data: g.data, source: 'user' } });
  } else if (obtained.length) {
    const parts = obtained.map((o) => loc.t(`origin.${o}`, { data: dataList(byOrigin.get(o)!.data) }));
    const data = obtained.flatMap((o) => byOrigin.get(o)!.data);
    const ids = [...new Set(obtained.flatMap((o) => byOrigin.get(o)!.flows))];
    s.source.push({ key: 'statement.sourceOrigins', values: { groups: loc.phrases(parts) }, claims: [], asserts: { kind: 'source', flows: ids, data, source: 'user' } });
  }
  // What we create or write ourselves: a sentence of its own (not "obtained" from anyone).
  for (const [origin, key] of [['generated_by_us', 'statement.sourceGenerated'], ['assigned_by_us', 'statement.sourceAssigned'], ['written_by_us', 'statement.sourceWritten']] as const) {
    const g = byOrigin.get(origin);
    if (g) s.source.push({ key, values: { data: dataList(g.data) }, claims: [], asserts: { kind: 'source', flows: g.flows, data: g.data, source: 'user' } });
  }
  for (const g of bySource.values()) {
    const values: Record<string, string> = { data: dataList(g.data) };
    // A derived flow's category is the data it is derived from (order history; review 3 EU-m8), a third party's its type.
    if (g.category) values['source'] = g.kind === 'derived' ? loc.label('data', g.category) : loc.label('recipient', g.category);
    let key = g.kind === 'derived' ? (g.category ? 'statement.sourceDerivedFrom' : 'statement.sourceDerived') : g.category ? thirdPartySource(g.category, flows, tax, values) : 'statement.sourceThirdPartyUnnamed';
    // Said with the data's own forms where the region words the sentence so and the locale's taxonomy gives
    // every datum its form (terms.own: "Ihre Einkaufspräferenzen") and the source its own (terms.derived_from:
    // "aus Ihrer Bestellhistorie"), not as labels in brackets (review 5 EU-n4); else as before.
    if (key === 'statement.sourceDerivedFrom' && loc.has('statement.sourceDerivedFromOwn')) {
      const labels = loc.data.labels.data;
      const own = g.data.map((d) => labels[d]?.terms?.['own']);
      const from = labels[g.category!]?.terms?.['derived_from'];
      if (from && own.every((o): o is string => o !== undefined)) {
        key = 'statement.sourceDerivedFromOwn';
        values['data'] = loc.list(own);
        values['source'] = from;
      }
    }
    // `indirect`: not collected from the person (GDPR Art. 14(2)(f)); a region may state only these.
    s.source.push({ key, values, claims: [], asserts: { kind: 'source', flows: g.flows, data: g.data, source: g.kind }, indirect: true });
  }
}

/**
 * The source sentence for data from a party of `category`. Our own processor (a recipient type the taxonomy
 * marks `processor`: a payment processor returning the card's brand and last four digits) is no third party
 * (GDPR Art. 4(10); Cal. Civ. Code §1798.140(ai); PDPA 2010 s.4; PIPL Art. 21 against Art. 23): it is named as
 * ours, by its name where the template's flows name exactly one recipient of that type (review 5 EU-n2,
 * CA-n3, MY-10; review 6 CN6-4). Sets `values.name`; returns the wording key.
 */
function thirdPartySource(category: string, flows: Flow[], tax: Taxonomy, values: Record<string, string>): string {
  if (!tax.recipient.get(category)?.processor) return 'statement.sourceThirdParty';
  const names = [...new Set(flows.flatMap((f) => f.recipients).filter((r) => r.type === category && r.name).map((r) => r.name!))];
  if (names.length !== 1) return 'statement.sourceProcessorUnnamed';
  values['name'] = names[0]!;
  return 'statement.sourceProcessor';
}
