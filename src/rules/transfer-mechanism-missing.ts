import type { Rule } from '../check/rule.js';

/**
 * A recipient or storage place outside the region with no transfer mechanism the region's law accepts. The
 * cause is the flow's data (the template's flow, or the channel's), where the finding points. Checked against
 * a policy (`check --policy`), "the clause" would be the policy's: the notes say what the clause disclose
 * writes names, and what the policy says of the transfer is transfer-mechanism-mismatch's and the disclosure
 * rules'.
 */
export const rule: Rule = {
  meta: {
    id: 'transfer-mechanism-missing',
    scope: 'render',
    description: 'Every transfer out of the region names a mechanism the region\'s law accepts.',
    source: 'GDPR Art. 13(1)(f), 44–49; PIPL Art. 38; SG PDPA s.26; MY PDPA s.129; TH PDPA s.28–29; UU PDP Art. 56',
    severity: 'error',
    messages: {
      missing: 'flow "{{flow}}" sends data to {{place}}{{who}} but names no transfer mechanism for region {{region}}',
      notAccepted: 'flow "{{flow}}" names "{{mechanism}}" for the transfer to {{place}}, which {{law}} does not accept here (accepted: {{accepted}})',
      outsideController: 'flow "{{flow}}" sends data to {{place}}{{who}}; the controller is outside region {{region}}, so no transfer route is settled and {{clause}} names none: {{note}}',
      unsettled: 'flow "{{flow}}" sends data to {{place}}{{who}}; no transfer route is settled for region {{region}}, so {{clause}} names none: {{note}}',
    },
  },
  check(ctx) {
    if (!ctx.render || !ctx.region) return;
    const clause = ctx.policy ? 'the clause disclose writes' : 'the clause';
    for (const u of ctx.render.unresolvedTransfers) {
      // Where the data records why no route is settled for this recipient, the reviewer sees the note (not an error).
      if (u.reason === 'unsettled') {
        const flow = ctx.template.flows.find((f) => f.id === u.flow);
        ctx.report({
          messageId: 'unsettled',
          severity: 'info',
          data: { flow: u.flow, place: u.place, who: u.recipient ? ` (${u.recipient})` : '', region: ctx.region.id, clause, note: u.note ?? '' },
          pos: flow?.pos ?? ctx.template.positions['flows'],
          fix: 'Confirm the route the organization relies on and declare it (`transfer: { <region>: <mechanism> }`), or keep the note for the reviewer.',
        });
        continue;
      }
      // A controller outside the region collecting directly (PIPL Art. 3(2)): no route is settled; the
      // reviewer sees the region's note, and no filing is invented (review CN-1).
      // A route declared for other regions only (`default: contract`) is no route for this one either.
      if ((u.reason === 'missing' || u.reason === 'not-accepted') && ctx.region.outsideControllerTransfers && ctx.render.facts.controllerOutside) {
        const flow = ctx.template.flows.find((f) => f.id === u.flow);
        ctx.report({
          messageId: 'outsideController',
          severity: 'info',
          data: { flow: u.flow, place: u.place, who: u.recipient ? ` (${u.recipient})` : '', region: ctx.region.id, clause, note: ctx.region.outsideControllerTransfers },
          pos: flow?.pos ?? ctx.template.positions['flows'],
          fix: 'Declare the route for this recipient (`transfer: { <region>: <mechanism> }`) once it exists, or keep the note for the reviewer.',
        });
        continue;
      }
      // A mechanism the destination or party does not allow is transfer-mechanism-invalid's.
      if (u.reason !== 'missing' && u.reason !== 'not-accepted') continue;
      const flow = ctx.template.flows.find((f) => f.id === u.flow);
      ctx.report({
        messageId: u.reason === 'missing' ? 'missing' : 'notAccepted',
        data: { flow: u.flow, place: u.place, who: u.recipient ? ` (${u.recipient})` : '', region: ctx.region.id, mechanism: u.mechanism ?? '', law: ctx.region.law.short, accepted: ctx.region.transferMechanisms.join(', ') },
        pos: flow?.pos ?? ctx.template.positions['flows'],
        fix: `Add \`transfer: { ${ctx.region.group ?? ctx.region.id}: <mechanism> }\` to the flow or recipient; accepted here: ${ctx.region.transferMechanisms.join(', ')}.`,
      });
    }
  },
};
