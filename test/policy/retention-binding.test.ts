/**
 * How a period is bound to a flow when the line that states it names neither the flow's recipient
 * nor its data in words the lexicon knows (issue 18, held-out-8 RC-1..4, held-out-7 neoprenos and
 * manzanita): a line with a period and no verb under a title about keeping, records named by the
 * flow's purpose, a period that runs from the event only this flow's period runs from, a section
 * titled for the flow's purpose, and the period of the verb of keeping rather than a send time
 * before it (src/policy/described-retention.ts). Policies in our own words.
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('retention-binding-');
const SUPPORT = 'templates/support_followup.yaml';
const REMINDER = 'templates/appointment_reminder.yaml';

const run = async (name: string, lines: string[], args: string[], template?: string) => {
  const r = await checkText(name, lines.join('\n'), args, template);
  expect(r.code, r.err).toBeLessThan(2);
  return r.findings;
};

describe('a period bound to the flow', () => {
  it('a table row under "How long we keep it" whose header names no data column, records named by the purpose', async () => {
    const fs = await run('rows.md', [
      '# Privacy', // 1
      '', // 2
      '## How long we keep it', // 3
      '', // 4
      '| Kind of record | Period |', // 5
      '|---|---|', // 6
      '| Support tickets | 2 years from the day we close the ticket |', // 7
      '| Paper invoices | 8 years |', // 8
    ], ['--region', 'california'], SUPPORT);
    expect(one(fs, 'support', 'retention')).toMatchObject({ line: 7, data: { class: 'clear' } });
  });

  it('records named by the purpose keep all the flow\'s data, whatever data the line also names', async () => {
    const fs = await run('records.md', [
      '# Privacy', // 1
      '', // 2
      '## How long we keep it', // 3
      '', // 4
      '- Support tickets, with the e-mail address each came from: 2 years after the ticket is closed.', // 5
    ], ['--region', 'california'], SUPPORT);
    expect(one(fs, 'support', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a verbless line with another period for the flow\'s records is incorrect', async () => {
    const fs = await run('other.md', [
      '# Privacy', // 1
      '', // 2
      '## How long we keep it', // 3
      '', // 4
      '- Customer support tickets: one year after closing.', // 5
    ], ['--region', 'california'], SUPPORT);
    expect(one(fs, 'support', 'retention')).toMatchObject({ line: 5, data: { class: 'incorrect' } });
  });

  it('a period from the event only this flow\'s period runs from names its records', async () => {
    const fs = await run('event.md', [
      '# Privacy', // 1
      '', // 2
      '## Retention', // 3
      '', // 4
      'Complaints and questions you send us are kept for 2 years after the closing of the support request.', // 5
    ], ['--region', 'california'], SUPPORT);
    expect(one(fs, 'support', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('a sentence in the section titled for the flow\'s purpose', async () => {
    const fs = await run('section.md', [
      '# Privacy', // 1
      '', // 2
      '## 5. What we use it for', // 3
      '', // 4
      '### 5.5 Appointment reminders', // 5
      '', // 6
      'Sinch Sweden sends you a text message the day before your visit with your name and the time.', // 7
      '', // 8
      'What we stored for this we erase 30 days after your visit.', // 9
      '', // 10
      '### 5.6 Invoices', // 11
      '', // 12
      'We keep invoices for 10 years.', // 13
    ], ['--region', 'eu'], REMINDER);
    expect(one(fs, 'reminder', 'retention')).toMatchObject({ line: 9, data: { class: 'clear' } });
  });

  it('a group of data defined by its giving to the recipient is what the recipient gets', async () => {
    // Even where the policy's own list of data calls only the address its delivery details.
    const fs = await run('given.md', [
      '# Privacy', // 1
      '', // 2
      '- **Delivery details** — the address we send your order to.', // 3
      '', // 4
      '## How long we keep it', // 5
      '', // 6
      '| What | How long |', // 7
      '|---|---|', // 8
      '| Delivery details given to our courier | 180 days after delivery |', // 9
    ], ['--region', 'eu']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 9, data: { class: 'clear' } });
  });

  it('the period after the verb of keeping, not a send time before it', async () => {
    const fs = await run('send-time.md', [
      '# Privacy', // 1
      '', // 2
      '## Delivery', // 3
      '', // 4
      'Our courier receives your name, postal address and phone number. We send you the tracking link within 1 hour, and what we gave the courier is deleted 180 days after delivery.', // 5
    ], ['--region', 'eu']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
