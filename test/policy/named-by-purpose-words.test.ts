/**
 * Data named by what they are for, and verbs of deleting, in words the readers lacked (issue 18,
 * held-out-3/4 R4-2 and two B1 gaps): a customer's enquiries or support requests are the data the
 * support flow handles (en "support enquiries", it "richieste di assistenza", es "consultas"); es "se
 * borran" and zh-CN "删除" delete. Policies in our own words, checked against the example templates
 * support_followup (flow `support`, 2 years from the ticket's closing), marketing_promotion
 * (`ad_audiences`, AdReach Media, 90 days from collection) and appointment_reminder (`reminder`, 30
 * days from the appointment).
 */
import { describe, expect, it } from 'vitest';
import { policyChecker, type PolicyFinding } from '../helpers/policy-check.js';

const { checkText, one } = policyChecker('named-by-purpose-words-');
const check = async (name: string, text: string, args: string[], template: string): Promise<PolicyFinding[]> => {
  const { code, findings, err } = await checkText(name, text, args, `templates/${template}.yaml`);
  expect(code, err).toBeLessThan(2);
  return findings;
};
const doc = (title: string, heading: string, line: string) => [`# ${title}`, '', `## ${heading}`, '', line].join('\n');

describe('data named by the purpose they serve, and verbs of deleting', () => {
  it('English: "Support enquiries are erased two years after the ticket is closed" is the support flow\'s period', async () => {
    const fs = await check('en.md', doc('Privacy', 'How long we keep data', 'Support enquiries are erased two years after the ticket is closed.'), ['--region', 'eu'], 'support_followup');
    expect(one(fs, 'support', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Italian: "Cancelliamo le richieste di assistenza due anni dopo la chiusura"', async () => {
    const fs = await check('it.md', doc('Informativa sulla privacy', 'Per quanto tempo conserviamo i dati', 'Cancelliamo le richieste di assistenza due anni dopo la chiusura della richiesta.'), ['--region', 'eu', '--locale', 'it'], 'support_followup');
    expect(one(fs, 'support', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Spanish: "Conservamos los datos de tus consultas mientras sea necesario" is a vague statement of the support flow\'s keeping', async () => {
    const fs = await check('es.md', doc('Política de privacidad', 'Cuánto tiempo conservamos tus datos', 'Conservamos los datos de tus consultas mientras sea necesario para contestarlas.'), ['--region', 'eu', '--locale', 'es'], 'support_followup');
    expect(one(fs, 'support', 'retention')).toMatchObject({ line: 5, data: { class: 'vague' } });
    // The data are named by the enquiries they belong to: no statement of how long Meta keeps the messages.
    expect(one(fs, 'whatsapp_cloud_api', 'retention').data.class).toBe('omitted');
  });

  it('Spanish "se borran": "Los datos que mandamos a AdReach Media se borran a los 90 días de obtenerlos"', async () => {
    const fs = await check('es-borran.md', doc('Política de privacidad', 'Cuánto tiempo conservamos tus datos', 'Los datos que mandamos a AdReach Media se borran 90 días después de obtenerlos.'), ['--region', 'eu', '--locale', 'es'], 'marketing_promotion');
    expect(one(fs, 'ad_audiences', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('Chinese "删除": "用于发送预约提醒的信息，我们在预约日期后30日内删除"', async () => {
    const fs = await check('zh.md', ['# 隐私政策', '', '## 保存期限', '', '用于发送预约提醒的信息，我们在预约日期后30日内删除。验光记录在您最后一次到店后保存三年。', '', '## 联系我们', '', '如您对本政策有任何疑问，请通过电子邮件与我们联系，我们将在十五个工作日内答复。'].join('\n'), ['--region', 'china', '--locale', 'zh-CN'], 'appointment_reminder');
    expect(one(fs, 'reminder', 'retention')).toMatchObject({ line: 5, data: { class: 'clear' } });
  });
});
