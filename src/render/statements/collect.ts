/**
 * What we collect and for what (statement.collect, or statement.collectCcpa in a region that speaks
 * the CCPA's vocabulary); flows with one purpose are stated together.
 */
import type { Statement } from './types.js';
import type { FlowContext, StatementContext } from './context.js';

/** The collection sentence of one flow. */
export function collectStatement(ctx: StatementContext, fc: FlowContext): void {
  const { s, collectKey, us } = ctx;
  const { flow, data, purpose, each, at } = fc;
  s.collect.push({ key: collectKey, values: { purpose, data }, claims: each((d) => ({ action: 'collect', data: d, purpose: flow.purpose })), flow: flow.id, asserts: at('collect', { purpose: flow.purpose, party: us }) });
}

/**
 * Statements of one wording key and purpose merged into one, over the union of their data (each
 * datum once), so two flows for the same purpose do not repeat it.
 */
export function mergeByPurpose(list: Statement[], only: string | undefined, dataList: (keys: string[]) => string): Statement[] {
  const out: Statement[] = [];
  const byKey = new Map<string, Statement>();
  for (const st of list) {
    const a = st.asserts;
    if (!a?.purpose || (only && st.key !== only)) {
      out.push(st);
      continue;
    }
    const k = `${st.key}|${a.purpose}`;
    const prior = byKey.get(k);
    if (!prior) {
      byKey.set(k, st);
      out.push(st);
      continue;
    }
    const data = [...prior.asserts!.data, ...a.data.filter((d) => !prior.asserts!.data.includes(d))];
    const claims = [...prior.claims, ...st.claims.filter((c) => !prior.claims.some((p) => p.data === c.data))];
    const merged: Statement = { ...prior, values: { ...prior.values, data: dataList(data) }, claims, asserts: { ...prior.asserts!, data, flows: [...prior.asserts!.flows, ...a.flows] } };
    byKey.set(k, merged);
    out[out.indexOf(prior)] = merged;
  }
  return out;
}
