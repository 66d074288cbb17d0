/**
 * Issue 18, held-out set 10 (RV, stop 24): a recipients table is read row by row, each row one statement.
 * A header of question words ("Who | What they get | Where | How long") names its columns as "Recipient |
 * Data | Location | Kept for" does, so the table says where each row's data go; and a semicolon inside a
 * cell ("Phone number; the wording of each update", "Ireland; the messages are kept on servers in …")
 * joins the cell's parts and does not end the row's sentence: the row's recipient keeps its data and its
 * places. Tables in our own words, checked against examples/templates/order_shipped.yaml (courier
 * SwiftShip Logistics in the US, stored in Germany, 180 days; Meta Platforms Ireland Limited: phone number
 * and messages, stored in the US, up to 30 days).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('table-row-cells-');

const policy = (header: string[], courier: string[], meta: string[]) =>
  [
    '<html><body>', // 1
    '<h1>Privacy at Marrow Lane Bikes</h1>', // 2
    '<h2>Who gets your data</h2>', // 3
    '<table>', // 4
    `  <tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>`, // 5
    `  <tr>${courier.map((c) => `<td>${c}</td>`).join('')}</tr>`, // 6
    `  <tr>${meta.map((c) => `<td>${c}</td>`).join('')}</tr>`, // 7
    '</table>', // 8
    '</body></html>', // 9
  ].join('\n');

const COURIER = ['SwiftShip Logistics, our courier', 'Your name, phone number and delivery address'];
const META = 'Meta Platforms Ireland Limited (WhatsApp)';

describe('a recipients table read by its rows', () => {
  it('a semicolon inside a cell does not end the row', async () => {
    const header = ['Recipient', 'Data', 'Location', 'Kept for'];
    const right = await check('marrow.html', policy(header, [...COURIER, 'United States; stored in Germany', '180 days'], [META, 'Phone number; the wording of each update', 'Ireland; the messages are kept on servers in the United States', '30 days']), ['--region', 'eu']);
    expect(one(right, 'whatsapp_cloud_api', 'recipients')).toMatchObject({ line: 7, data: { class: 'clear' } });
    expect(one(right, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 7, data: { class: 'clear' } });
    const wrong = await check('marrow-wrong.html', policy(header, [...COURIER, 'United States; stored in Germany', '180 days'], [META, 'Phone number; the wording of each update', 'Ireland; the messages are kept on servers in Singapore', '30 days']), ['--region', 'eu']);
    expect(one(wrong, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 7, data: { class: 'incorrect' } });
  });

  it('a header of question words: "Who | What they get | Where | How long"', async () => {
    const fs = await check('marrow-who.html', policy(['Who', 'What they get', 'Where', 'How long'], [...COURIER, 'A company in the United States that stores the data in Germany', '180 days after delivery'], [META, 'Phone number and the wording of each update', 'Ireland, with the messages stored in the United States', '30 days']), ['--region', 'eu']);
    expect(one(fs, 'delivery', 'transfers')).toMatchObject({ line: 6, data: { class: 'clear' } });
    expect(one(fs, 'whatsapp_cloud_api', 'transfers')).toMatchObject({ line: 7, data: { class: 'clear' } });
  });
});
