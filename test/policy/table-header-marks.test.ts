/**
 * A table's header cells are matched to column words with their combining marks (issue 18, held-out-4
 * R4-1): Thai writes tone marks and some vowels as marks above or below the letter ("ประเภทข้อมูล",
 * type of data), and a header read with the marks taken for spaces named no column, so a retention
 * table under "ระยะเวลาการเก็บรักษาข้อมูล" was read as no statement of keeping. A policy in our own
 * words, checked against examples/templates/order_shipped.yaml (courier flow `delivery`, 180 days
 * from delivery).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker } from '../helpers/policy-check.js';

const { check, one } = policyChecker('table-header-marks-');

describe('table header words with combining marks', () => {
  it('Thai: a retention table headed "ประเภทข้อมูล | ระยะเวลา" states the courier data\'s period', async () => {
    const fs = await check('th.html', [
      '<html lang="th"><body>', // 1
      '<h2>นโยบายความเป็นส่วนตัว</h2>', // 2
      '<h3>1. ผู้รับข้อมูล</h3>', // 3
      '<p>เราเปิดเผยชื่อ ที่อยู่ และหมายเลขโทรศัพท์ของท่านแก่บริษัทขนส่ง SwiftShip Logistics เพื่อจัดส่งสินค้าถึงท่าน</p>', // 4
      '<h3>2. ระยะเวลาการเก็บรักษาข้อมูล</h3>', // 5
      '<table>', // 6
      '<tr><th>ประเภทข้อมูล</th><th>ระยะเวลา</th></tr>', // 7
      '<tr><td>ข้อมูลการจัดส่ง (ชื่อ ที่อยู่ หมายเลขโทรศัพท์)</td><td>180 วันนับจากวันที่ส่งสินค้าถึงท่าน</td></tr>', // 8
      '</table>', // 9
      '</body></html>', // 10
    ].join('\n'), ['--region', 'th', '--locale', 'th']);
    expect(one(fs, 'delivery', 'retention')).toMatchObject({ line: 8, data: { class: 'clear' } });
  });
});
