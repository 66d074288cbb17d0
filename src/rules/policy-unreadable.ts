import type { Rule } from '../check/rule.js';

/** Part of a policy document could not be read, so what it says was not checked. */
export const rule: Rule = {
  meta: {
    id: 'policy-unreadable',
    scope: 'render',
    description: 'Every part of the policy document can be read; a part that cannot is reported, never passed as clean.',
    source: 'GDPR Art. 12(1) (information in an intelligible and easily accessible form); 11 CCR §7011(a) (a policy readable by consumers); Meta template review (the policy the footer points to must say what the message does)',
    severity: 'error',
    messages: {
      unread: 'the policy opens {{what}} here and never closes it: the {{chars}} characters after it could not be read, so what they say was not checked',
    },
  },
  check(ctx) {
    for (const u of ctx.policy?.document?.unread ?? []) {
      ctx.report({ messageId: 'unread', data: { what: u.what, chars: u.chars }, pos: u.pos, fix: `Close ${u.what} (</${u.what.slice(1)}) where it ends.` });
    }
  },
};
