import { describe, expect, it } from 'vitest';
import { ruleTable, caseYaml, expected, lineOf, lintFindings, type LintCase } from '../helpers/lint-case.js';

const RULE = 'purpose-description';

const valid: LintCase[] = [
  { name: 'the clean base', change: () => {}, expect: [] },
  { name: 'the seed article\'s example', change: (t) => { t.purpose = 'When delivery is delayed more than 2 hours, send the customer the new estimate and a compensation coupon.'; }, expect: [] },
  { name: 'a user action as the concrete parameter', change: (t) => { t.purpose = 'When a customer signs in from a new device, send that customer a passcode.'; }, expect: [] },
  { name: 'a German purpose with German lists', change: (t) => { t.language = 'de'; t.purpose = 'Wenn das Lager eine Bestellung an den Kurier übergibt, senden wir dem Kunden die Sendungsnummer innerhalb von 1 Stunde.'; }, expect: [] },
  // Issue 19: a Portuguese purpose read with Portuguese lists, not English ones.
  { name: 'a Portuguese purpose with Portuguese lists', change: (t) => { t.language = 'pt-BR'; t.body = 'Olá {{1}}, o seu pedido {{2}} foi enviado.'; t.purpose = 'Quando o armazém entrega o pedido à transportadora, enviar ao cliente o número de rastreio em até 1 hora.'; }, expect: [] },
];

const invalid: LintCase[] = [
  { name: 'too short', change: (t) => { t.purpose = 'Order shipped.'; }, expect: [['short', 'purpose:'], ['noTrigger', 'purpose:'], ['noRecipient', 'purpose:'], ['noContent', 'purpose:'], ['noParameter', 'purpose:']] },
  { name: 'a generic phrase', change: (t) => { t.purpose = 'When an order ships, send the customer important notifications about it within 1 hour.'; }, expect: [['generic', 'purpose:'], ['noContent', 'purpose:']] },
  { name: 'account activity and regular updates', change: (t) => { t.purpose = 'Send the customer regular updates on account activity, the order number, within 1 hour.'; }, expect: [['generic', 'purpose:'], ['generic', 'purpose:'], ['noTrigger', 'purpose:']] },
  { name: 'no recipient', change: (t) => { t.purpose = 'When the warehouse hands an order to the courier, send the order number within 1 hour.'; }, expect: [['noRecipient', 'purpose:']] },
  { name: 'no concrete parameter', change: (t) => { t.purpose = 'When the warehouse hands a parcel to the courier, send the customer the tracking link.'; }, expect: [['noParameter', 'purpose:']] },
];

describe(RULE, () => {
  ruleTable(RULE, valid, invalid);
  it('a language without lists is not read with English ones: one info finding says so', () => {
    const yaml = caseYaml((t) => { t.language = 'ar'; t.body = 'مرحبا {{1}}، تم شحن طلبك {{2}}.'; t.purpose = 'عندما يسلم المستودع الطلب إلى شركة الشحن، أرسل للعميل رقم التتبع خلال ساعة واحدة.'; });
    expect(lintFindings(RULE, yaml)).toEqual([`noList@${lineOf(yaml, 'purpose:')}`]);
  });
});
