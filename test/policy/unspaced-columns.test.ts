/**
 * Issue 18, held-out-7 (krua-baan-suan): a recipients table's header cells in a script written without
 * spaces between words hold their column word inside a longer cell ("ข้อมูลที่ได้รับ", the data received;
 * "ผู้รับข้อมูล"), as namesNumber already finds Thai and Chinese number words; and a Thai column of places
 * ("ที่ตั้ง") says where each row's data go, as en/de/es/fr/id/it/nl/pl tables do (tableStatements.transfers).
 * A policy in our own words against examples/templates/order_shipped.yaml (SwiftShip Logistics, US).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('unspaced-columns-');

const policy = [
  '<html><body>', // 1
  '<h1>นโยบายความเป็นส่วนตัว</h1>', // 2
  '<h2>ข้อ 4 ผู้รับข้อมูล</h2>', // 3
  '<table>', // 4
  '<thead><tr><th>ผู้รับข้อมูล</th><th>ข้อมูลที่ได้รับ</th><th>ที่ตั้ง</th></tr></thead>', // 5
  '<tbody>', // 6
  '<tr><td>SwiftShip Logistics</td><td>ชื่อ หมายเลขโทรศัพท์ ที่อยู่จัดส่ง</td><td>สหรัฐอเมริกา</td></tr>', // 7
  '</tbody>', // 8
  '</table>', // 9
  '</body></html>', // 10
].join('\n');

describe('a Thai recipients table read by its header', () => {
  it('names the courier and the data at the row (clear) and where they go (the row, not omitted)', async () => {
    const { code, findings, err } = await checkText('th.html', policy, ['--region', 'th', '--locale', 'th']);
    expect(code, err).toBeLessThan(2);
    expect(onFlow(findings, 'delivery', 'recipients')[0]).toMatchObject({ line: 7, data: { class: 'clear' } });
    const transfers = onFlow(findings, 'delivery', 'transfers')[0];
    expect(transfers?.line).toBe(7);
    expect(transfers?.data.class).not.toBe('omitted');
  });
});
