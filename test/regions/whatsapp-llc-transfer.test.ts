/**
 * WhatsApp LLC receives the consumer's phone number in its own right; we have no contract with it
 * (ours is with Meta Platforms Ireland). Review-sea X1 (BLOCKER): no text may say the transfer to
 * WhatsApp LLC rests on a contract binding it. Routes that need no contract with it are stated where
 * the law gives one (TH s.28 (3), MY para 129(3)(b): necessary to perform the contract with the
 * person, and only for messages on the contract basis); elsewhere the data marks the route unsettled,
 * the clause names none and the reviewer sees the note (transfer-mechanism-missing, severity info).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, ROOT, examples } from '../helpers/examples.js';
import { cli } from '../helpers/cli.js';

const CONTRACT_CLAIM = /contract that obliges|ข้อสัญญามาตรฐาน|มาตรา 29|perjanjian yang mengikat|kontrak yang mewajibkan|标准合同|hợp đồng|Pasal 56 ayat \(3\)|129\(3\)\(f\)|reg\. 11/;

function render(template: string, region: string, locale?: string) {
  const { catalog, org, templates, renderer } = examples();
  const t = templates.find((x) => x.id === template)!;
  const r = catalog.region(region);
  return renderer.render(t, r, locale ?? r.locales[0]!, org);
}
const llcLines = (text: string) => text.split('\n').filter((l) => l.includes('WhatsApp LLC'));

describe('WhatsApp LLC: no contract with it is claimed', () => {
  it('the channel data declares no contract-bound route and no placeholder default for WhatsApp', () => {
    const wa = parse(readFileSync(path.join(ROOT, 'channels', 'whatsapp.yaml'), 'utf8')) as { implies: Array<{ id: string; recipients: Array<{ name: string; transfer?: Record<string, string>; transferUnsettled?: Record<string, string> }> }> };
    const messenger = wa.implies.find((f) => f.id === 'whatsapp_messenger')!;
    for (const r of messenger.recipients) {
      expect(Object.keys(r.transfer ?? {}), r.name).not.toContain('default');
      for (const m of Object.values(r.transfer ?? {})) expect(['scc', 'contract', 'cac_standard_contract', 'bcr'], r.name).not.toContain(m);
    }
    const llc = messenger.recipients.find((r) => r.name === 'WhatsApp LLC')!;
    expect(llc.transfer).toEqual({ th: 'contract_performance', my: 'contract_performance' });
    for (const id of ['sg', 'id', 'ph', 'vn', 'china', 'sea']) expect(llc.transferUnsettled?.[id], id).toBeTruthy();
  });

  for (const region of ['sg', 'my', 'th', 'id', 'ph', 'vn', 'sea', 'china']) {
    it(`${region}: no WhatsApp LLC line claims a contract with the recipient`, () => {
      const { catalog } = examples();
      for (const locale of catalog.region(region).locales) {
        const whatsapp = examples().templates.filter((x) => x.channel === 'whatsapp').map((x) => x.id);
        expect(whatsapp.length).toBeGreaterThan(2);
        for (const t of whatsapp) {
          const lines = llcLines(render(t, region, locale).clause.text);
          expect(lines.length, `${region}/${locale}/${t}`).toBeGreaterThan(0);
          for (const l of lines) expect(l, `${region}/${locale}/${t}`).not.toMatch(CONTRACT_CLAIM);
        }
      }
    });
  }

  it('th: contract necessity (s.28 (3)) for a message that performs the contract; none for consent-based messages', () => {
    const shipped = llcLines(render('order_shipped', 'th').clause.text).filter((l) => l.startsWith('เราส่งหรือโอน'));
    expect(shipped).toEqual(['เราส่งหรือโอนข้อมูลต่อไปนี้ของท่านไปยังผู้ดำเนินการแอปพลิเคชันรับส่งข้อความ WhatsApp คือ WhatsApp LLC (สหรัฐอเมริกา) โดยอาศัยความจำเป็นในการส่งหรือโอนเพื่อปฏิบัติตามสัญญาซึ่งท่านเป็นคู่สัญญา (มาตรา 28 (3) แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562): หมายเลขโทรศัพท์']);
    const marketing = render('marketing_promotion', 'th');
    const line = llcLines(marketing.clause.text).filter((l) => l.startsWith('เราส่งหรือโอน'));
    expect(line).toEqual(['เราส่งหรือโอนข้อมูลต่อไปนี้ของท่านไปยังผู้ดำเนินการแอปพลิเคชันรับส่งข้อความ WhatsApp คือ WhatsApp LLC (สหรัฐอเมริกา): หมายเลขโทรศัพท์']);
    expect(marketing.unresolvedTransfers.find((u) => u.recipient === 'WhatsApp LLC')).toMatchObject({ reason: 'unsettled', note: expect.stringContaining('s.28 (2)') });
  });

  it('my: paragraph 129(3)(b) in Malay and English for a message that performs the contract', () => {
    expect(llcLines(render('order_shipped', 'my', 'ms').clause.text)).toContainEqual(expect.stringContaining('WhatsApp LLC (Amerika Syarikat), berdasarkan keperluan pemindahan itu bagi pelaksanaan kontrak antara anda dengan kami (perenggan 129(3)(b) Akta 709)'));
    expect(llcLines(render('order_shipped', 'my', 'en').clause.text)).toContainEqual(expect.stringMatching(/WhatsApp LLC \(United States\), on the basis of the necessity of the transfer to perform the contract between you and us \(paragraph 129\(3\)\(b\) of Act 709\)/));
  });

  it('sg, id, ph: the transfer is stated without a mechanism, and the unsettled note reaches the reviewer', () => {
    expect(llcLines(render('order_shipped', 'sg').clause.text)).toContain('We transfer your phone number to the provider of the WhatsApp messaging app, WhatsApp LLC (United States).');
    for (const region of ['sg', 'id', 'ph', 'china']) {
      const u = render('order_shipped', region).unresolvedTransfers.find((x) => x.recipient === 'WhatsApp LLC');
      expect(u, region).toMatchObject({ reason: 'unsettled', note: expect.any(String) });
    }
  });

  it('check shows the note as info, not an error', async () => {
    const r = await cli(['check', path.join(EXAMPLES, 'templates', 'order_shipped.yaml'), '--region', 'sg', '--org', path.join(EXAMPLES, 'organization.yaml'), '--format', 'json']);
    const findings = JSON.parse(r.out) as Array<{ ruleId: string; severity: string; message: string }>;
    const f = findings.filter((x) => x.ruleId === 'transfer-mechanism-missing');
    expect(f).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringContaining('WhatsApp LLC') })]);
    expect(f[0]!.message).toContain('reg. 10(2)(b)');
  });

  it('eu: consumers in Europe are served by WhatsApp Ireland Limited, in the EEA: no transfer is stated for it', () => {
    for (const t of ['order_shipped', 'marketing_promotion']) {
      const text = render(t, 'eu', 'en').clause.text;
      expect(text).not.toContain('WhatsApp LLC');
      for (const l of text.split('\n').filter((x) => x.includes('WhatsApp Ireland'))) expect(l).not.toMatch(/transfer/i);
    }
  });
});
