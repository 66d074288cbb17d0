/**
 * Issue 18, held-out-8 RB-T1: where data are stored, said by the place of the servers or data centres
 * that hold them rather than by a verb of storing ("Meta may hold these messages in data centres in the
 * United States", "Unsere Bestellverwaltung läuft auf Servern in Nürnberg", "Máy chủ … đặt tại Đức").
 * A place said of a facility (reader.yaml `policy.facilities`) is a storage place whatever the verb
 * (src/policy/storage-places.ts); a recipient of the flow keeping data named by no word of the flow's
 * keeps what it gets. Policies in our own words, checked against examples/templates/order_shipped.yaml.
 */
import { describe, expect, it } from 'vitest';
import { onFlow, policyChecker } from '../helpers/policy-check.js';

const { checkText } = policyChecker('storage-facilities-');

const transfers = async (name: string, lines: string[], flow: string, region: string, locale: string) => {
  const { code, findings, err } = await checkText(name, ['# Privacy', '', ...lines].join('\n'), ['--region', region, '--locale', locale]);
  expect(code, err).toBeLessThan(2);
  return onFlow(findings, flow, 'transfers');
};

describe('a place said of servers or data centres is a storage place', () => {
  const meta = 'Meta Platforms Ireland Limited, based in Ireland, receives your phone number and the message for each shipping update.';

  it('en: "Meta may hold copies of the updates in data centres in the United States" (no verb of storing): clear', async () => {
    const fs = await transfers('hold.md', ['## Who receives your data', '', `${meta} Meta may hold copies of the updates in data centres in the United States.`], 'whatsapp_cloud_api', 'sg', 'en');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('en: the same without the data centres names no storage place: not clear', async () => {
    const fs = await transfers('no-facility.md', ['## Who receives your data', '', `${meta} Meta may hold copies of the updates for a month.`], 'whatsapp_cloud_api', 'sg', 'en');
    expect(fs.map((f) => f.data.class)).not.toContain('clear');
  });

  it('de: "Meta bewahrt Kopien davon in Rechenzentren in den USA auf" (a verb of keeping): clear', async () => {
    const fs = await transfers(
      'rechenzentrum.de.md',
      ['## Empfänger', '', 'Meta Platforms Ireland Limited mit Sitz in Irland erhält Ihre Telefonnummer und den Inhalt jeder Versandnachricht. Meta bewahrt Kopien davon in Rechenzentren in den USA auf.'],
      'whatsapp_cloud_api',
      'eu',
      'de',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 5, data: { class: 'clear' } });
  });

  it('vi: "Máy chủ của cửa hàng đặt tại Đức" (the shop\'s servers are in Germany, no verb) is our storage', async () => {
    const fs = await transfers(
      'server.vi.md',
      ['## Bên nhận dữ liệu', '', 'Đơn vị vận chuyển SwiftShip Logistics có trụ sở tại Hoa Kỳ và nhận tên, số điện thoại và địa chỉ giao hàng của bạn.', '', '## Nơi lưu trữ', '', 'Máy chủ của cửa hàng trực tuyến đặt tại Đức.'],
      'delivery',
      'vn',
      'vi',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ data: { class: 'clear' } });
  });
});
