/**
 * Issue 18, held-out-4 cause B11: in a Chinese policy "预约日期、时间" (the appointment's date and
 * time) is the appointment, so a reminder flow's data are named as specifically as the flow
 * (zh-CN reader.yaml policy.data). Policy in our own words, checked against
 * examples/templates/appointment_reminder.yaml (name, phone number and appointment to Sinch Sweden).
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('appointment-words-');

describe('zh-CN: the appointment by its date and time', () => {
  it('"预约日期、时间" names the appointment', async () => {
    const text = ['# 隐私政策', '', '## 对外提供', '', '为发送到店提醒，我们委托短信服务商 Sinch Sweden 处理您的姓名、手机号码和预约日期、时间。'].join('\n');
    const { code, findings } = await checkText('yuyue.md', text, ['--region', 'china', '--locale', 'zh-CN'], 'templates/appointment_reminder.yaml');
    expect(code).toBeLessThan(2);
    const fs = onFlow(findings, 'reminder', 'recipients');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.data.class).toBe('clear');
    expect(fs[0]!.line).toBe(5);
  });
});
