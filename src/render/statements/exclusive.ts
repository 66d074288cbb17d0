/**
 * "Only": we use data for a purpose and no other (statement.exclusive), for the data no flow anywhere
 * in the project uses for another purpose.
 */
import type { FlowContext, StatementContext } from './context.js';

/** The exclusivity sentence of a flow that declares `exclusive`. */
export function exclusiveStatement(ctx: StatementContext, fc: FlowContext): void {
  const { s, tax, uses, us, dataList } = ctx;
  const { flow, purpose } = fc;
  if (flow.exclusive) {
    // "Only" holds for the data no flow anywhere in the project uses for another purpose.
    const only = flow.data.filter((d) => uses.otherPurposes(tax, d, flow.purpose).length === 0);
    if (only.length) {
      s.exclusive.push({
        key: 'statement.exclusive',
        values: { data: dataList(only), purpose },
        claims: only.map((d) => ({ action: 'use', data: d, purpose: flow.purpose, exclusive: true })),
        flow: flow.id,
        asserts: { kind: 'exclusive', flows: [flow.id], data: only, purpose: flow.purpose, party: us, exclusive: true },
      });
    }
  }
}
