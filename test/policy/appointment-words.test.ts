/**
 * Issue 18, held-out-4 cause B11: in a Chinese policy "预约日期、时间" (the appointment's date and
 * time) is the appointment, so a reminder flow's data are named as specifically as the flow
 * (zh-CN reader.yaml policy.data). Policy in our own words, checked against
 * examples/templates/appointment_reminder.yaml (name, phone number and appointment to Sinch Sweden).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { EXAMPLES } from '../helpers/examples.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'appointment-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('zh-CN: the appointment by its date and time', () => {
  it('"预约日期、时间" names the appointment', async () => {
    const file = path.join(dir, 'yuyue.md');
    writeFileSync(file, ['# 隐私政策', '', '## 对外提供', '', '为发送到店提醒，我们委托短信服务商 Sinch Sweden 处理您的姓名、手机号码和预约日期、时间。'].join('\n'));
    let out = '';
    const code = await run(['check', path.join(EXAMPLES, 'templates', 'appointment_reminder.yaml'), '--org', path.join(EXAMPLES, 'organization.yaml'), '--policy', file, '--region', 'china', '--locale', 'zh-CN', '--format', 'json'], { stdout: (t) => (out += t), stderr: () => {}, cwd: dir, isTTY: false });
    expect(code).toBeLessThan(2);
    const fs = (JSON.parse(out) as Array<{ line: number; data: { flow?: string; aspect?: string; class?: string } }>).filter((f) => f.data?.flow === 'reminder' && f.data.aspect === 'recipients');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.data.class).toBe('clear');
    expect(fs[0]!.line).toBe(5);
  });
});
