/**
 * Data a recipient keeps, in every region (issue 17; review 6 TH6-1, VN6-2, CN6-3; review 5 EU-C), rendered
 * in-process from the examples:
 * - payment_receipt: the card data go straight into Stripe's field and Stripe keeps them; every region and
 *   locale states how long Stripe keeps them (it states no fixed period: how the period is determined), with
 *   the purpose, Stripe as the subject and never "we keep" (statement.retainRecipientCriteria).
 * - No clause says that we delete what a recipient keeps (Meta's 30 days, Stripe's period): where the region
 *   states what happens when the periods end (China, 《网络数据安全管理条例》第二十一条第一款第三项), it says
 *   "we or the entrusted party" (clause.retentionExpiryRecipients).
 * - CN6-3: Meta's own period names its purpose in China.
 * - EU-C: Stripe Payments Europe's onward transfer to Stripe, Inc. (United States) is stated, on the DPF
 *   adequacy decision in the EU and with each region's own term for the sub-processor elsewhere, and the
 *   data's note on what is not confirmed reaches the reviewer.
 */
import { describe, expect, it } from 'vitest';
import { localText } from '../../src/render/statements.js';
import { examples, regionLocales } from '../helpers/examples.js';

const STRIPE = 'Stripe Payments Europe';

function render(template: string, region: string, locale: string) {
  const { catalog, org, templates, renderer } = examples();
  const t = templates.find((x) => x.id === template)!;
  return renderer.render(t, catalog.region(region), locale, org);
}

const lines = (text: string) => text.split('\n');

describe('TH6-1 / VN6-2 / CN6-3: payment_receipt states how long Stripe keeps the card data, in every region and locale', () => {
  const { catalog, templates, renderer } = examples();
  const payment = templates.find((t) => t.id === 'payment_receipt')!.flows.find((f) => f.id === 'payment')!;
  for (const { region, locale } of regionLocales(catalog)) {
    it(`${region} · ${locale}`, () => {
      const loc = renderer.localizer(locale);
      const card = loc.label('data', 'user.financial.credit_card');
      const how = localText(payment.collectedByRecipients?.retentionCriteria, locale, 'en');
      expect(how, `payment_receipt gives no retentionCriteria in ${locale}`).toBeDefined();
      const res = render('payment_receipt', region, locale);
      const line = lines(res.clause.text).find((l) => l.includes(how!));
      expect(line, `${region} ${locale}: no line states Stripe's retention`).toBeDefined();
      // The recipient keeps them, for the purpose, and the card data are among them.
      expect(line).toContain(STRIPE);
      expect(line).toContain(card);
      expect(line).toContain(loc.label('purpose', 'essential.service.payment_processing', catalog.region(region).vocabulary));
      // Not our own period: the line is not one of our "we keep" sentences.
      expect(res.clause.text.split('\n').filter((l) => l.includes(card) && /\b(we keep|kami menyimpan|chúng tôi lưu giữ|เราเก็บรักษา|我们将您的以下信息保存)/iu.test(l))).toEqual([]);
    });
  }

  it('en, eu: the sentence as written', () => {
    expect(render('payment_receipt', 'eu', 'en').clause.text).toContain(
      'For payment processing, Stripe Payments Europe keeps your name, email address, payment card details, and transaction details for as long as it needs them to complete the payment and to handle refunds and chargebacks.',
    );
  });

  it('th and vi: the data after the colon, as the locale writes retention', () => {
    expect(render('payment_receipt', 'th', 'th').clause.text).toMatch(/^เพื่อการดำเนินการชำระเงิน Stripe Payments Europe เก็บรักษาข้อมูลต่อไปนี้ของท่านตราบเท่าที่จำเป็น.*: ชื่อ ที่อยู่อีเมล ข้อมูลบัตรชำระเงิน และรายละเอียดธุรกรรม$/mu);
    expect(render('payment_receipt', 'vn', 'vi').clause.text).toMatch(/^Để thực hiện thanh toán, Stripe Payments Europe lưu giữ các dữ liệu sau đây của bạn trong thời gian cần thiết .*: họ tên, địa chỉ email, thông tin thẻ thanh toán và chi tiết giao dịch\.$/mu);
  });

  it('zh-CN: a retention line of its own, with its purpose; the processing-method line no longer carries it', () => {
    const text = render('payment_receipt', 'china', 'zh-CN').clause.text;
    expect(text).toContain('为完成支付结算，Stripe Payments Europe 保存您的姓名、电子邮箱地址、银行卡信息和交易信息，保存期限按以下方法确定：至完成支付结算及处理退款、拒付所需的期限届满。');
    expect(lines(text).find((l) => l.startsWith('处理方式：'))).not.toContain('保存期限');
  });

  it('the sentence records no retention claim (it states no period) and asserts the recipient as the one that keeps the data', () => {
    const res = render('payment_receipt', 'eu', 'en');
    const said = res.clause.text;
    expect(said).not.toMatch(/we keep your name, email address, payment card details/u);
    expect(res.clause.claims.filter((c) => c.action === 'retain' && c.data === 'user.financial.credit_card')).toEqual([]);
  });
});

/**
 * Review 7 CN7-1, SEA7-4, TH7-1, VN7-2: what Stripe keeps under the anti-money-laundering law that applies to it
 * is its own legal duty, not our purpose: never under "for payment processing" / 为完成支付结算 (a PIPL Art. 21
 * 受托人 keeps nothing beyond the entrustment), but a sentence of its own, with Stripe's role in the region's terms
 * where the data say it keeps them as a controller of its own (recipient.ownRetention), and the data's note on
 * what is not confirmed on the region's retention element.
 */
describe('CN7-1 / SEA7-4: Stripe\'s own anti-money-laundering retention is its own duty, not our purpose', () => {
  const { catalog, renderer } = examples();
  const AML = /anti-money|Geldwäsche|blanchiment|blanqueo|antiriciclaggio|antiwitwas|praniu pieniędzy|反洗钱|ฟอกเงิน|rửa tiền|pengubahan wang haram|pencucian uang/u;
  for (const { region, locale } of regionLocales(catalog)) {
    {
      it(`${region} · ${locale}`, () => {
        const loc = renderer.localizer(locale);
        const purpose = loc.label('purpose', 'essential.service.payment_processing', catalog.region(region).vocabulary);
        const text = render('payment_receipt', region, locale).clause.text;
        const aml = lines(text).filter((l) => AML.test(l));
        expect(aml, `${region} ${locale}: one anti-money-laundering line`).toHaveLength(1);
        expect(aml[0]).toContain(STRIPE);
        // Not under our purpose, and not worded as processing for us.
        expect(aml[0]).not.toContain(purpose);
        expect(aml[0]).toMatch(/not on our behalf|nicht in unserem Auftrag|non pour notre compte|no por cuenta nuestra|non per nostro conto|niet namens ons|nie w naszym imieniu|不属于受我们委托的处理|มิใช่ในนามของเรา|không phải thay mặt chúng tôi|bukan bagi pihak kami|bukan atas nama kami/u);
      });
    }
  }

  it('the role in each law\'s terms where the data say Stripe keeps them as a controller of its own', () => {
    const want: Array<[string, string, string]> = [
      ['eu', 'en', 'Beyond that, Stripe Payments Europe keeps transaction records where the anti-money-laundering law that applies to it requires it to, for the period that law sets; it keeps them as a separate controller, for a legal obligation of its own and not on our behalf.'],
      ['eu', 'de', 'als eigenständiger Verantwortlicher'],
      ['china', 'zh-CN', '此外，Stripe Payments Europe 依其所适用的境外反洗钱等法律须保存交易记录的，将交易记录中您的上述信息保存至该等法律规定的保存期限届满；该部分信息由其以自身名义、为履行其自身的法定义务而保存，不属于受我们委托的处理。'],
      ['th', 'th', 'ในฐานะผู้ควบคุมข้อมูลส่วนบุคคล'],
      ['vn', 'vi', 'với tư cách là bên kiểm soát dữ liệu cá nhân'],
      ['my', 'ms', 'selaku pengawal data yang berasingan'],
      ['id', 'id', 'sebagai Pengendali Data Pribadi'],
      ['ph', 'en', 'as a personal information controller in its own right'],
    ];
    for (const [region, locale, words] of want) expect(render('payment_receipt', region, locale).clause.text, `${region} ${locale}`).toContain(words);
    // The law is the one that applies to Stripe, not "the law" a reader in China takes as PRC law (CN7-1).
    expect(render('payment_receipt', 'china', 'zh-CN').clause.text).not.toContain('依反洗钱等法律');
  });

  it('TH7-1 and VN7-2: the chargeback named as such, the list punctuated, no Vietnamese licensing term', () => {
    const th = render('payment_receipt', 'th', 'th').clause.text;
    expect(th).toContain('การปฏิเสธรายการชำระเงิน (chargeback)');
    expect(th).not.toContain('ผู้ให้บริการการชำระเงิน');
    const vi = render('payment_receipt', 'vn', 'vi').clause.text;
    expect(vi).toContain('xử lý hoàn tiền và bồi hoàn (chargeback)');
    expect(vi).not.toContain('hoàn tiền, bồi hoàn, và');
    expect(vi).not.toContain('tổ chức cung ứng dịch vụ thanh toán');
  });

  it('the sentence records no claim, and the retention element carries the data\'s note on what is not confirmed', () => {
    for (const [region, locale, id] of [['eu', 'en', 'retention_period'], ['china', 'zh-CN', 'retention_period'], ['th', 'th', 'retention']] as const) {
      const res = render('payment_receipt', region, locale);
      expect(res.clause.claims.filter((c) => c.action === 'retain' && c.data === 'user.financial.transaction' && c.recipient)).toEqual([]);
      const el = res.clause.elements.find((e) => e.id === id);
      expect(el?.unsettled, `${region} ${id}`).toContain('Stripe Payments Europe: Stripe Payments Europe keeping transaction records');
    }
    expect(render('order_shipped', 'eu', 'en').clause.elements.find((e) => e.id === 'retention_period')?.unsettled ?? '').not.toContain('Stripe');
  });
});

describe('CN6-3: no sentence says that we delete what Meta or Stripe keeps', () => {
  const { catalog, renderer } = examples();
  for (const template of ['payment_receipt', 'order_shipped', 'marketing_promotion']) {
    for (const { region, locale } of regionLocales(catalog)) {
      it(`${template} · ${region} · ${locale}`, () => {
        const res = render(template, region, locale);
        const loc = renderer.localizer(locale);
        const expiry = res.clause.elements.find((e) => e.id === 'retention_expiry' && e.written);
        // Our own "we delete …" sentence, with whatever article the element cites.
        const ours = loc.t('clause.retentionExpiry', { article: '\u0000' }).split('\u0000')[0]!;
        expect(res.clause.text.includes(ours), 'the clause says we delete data a recipient keeps').toBe(false);
        if (expiry) expect(res.clause.text).toContain(loc.t('clause.retentionExpiryRecipients', { article: '\u0000' }).split('\u0000')[0]!);
      });
    }
  }

  it('zh-CN: "我们或者受托人" after the recipients\' periods', () => {
    for (const t of ['payment_receipt', 'order_shipped']) {
      expect(render(t, 'china', 'zh-CN').clause.text, t).toContain('上述期限届满后，我们或者受托人将删除上述信息或者对其进行匿名化（《网络数据安全管理条例》第二十一条第一款第三项）。');
    }
  });

  it('zh-CN: "我们将删除" stays where only we keep the data', () => {
    // appointment_reminder goes by SMS: no recipient keeps the data under a period of its own.
    const text = render('appointment_reminder', 'china', 'zh-CN').clause.text;
    if (text.includes('上述期限届满后')) expect(text).toContain('上述期限届满后，我们将删除上述信息或者对其进行匿名化');
  });

  it('zh-CN: Meta\'s period names its purpose', () => {
    expect(render('order_shipped', 'china', 'zh-CN').clause.text).toContain('为递送消息，自消息发送之日起，Meta Platforms Ireland Limited 将您的以下信息最长保存30天：手机号码和消息内容。');
  });

  it('where our own periods name their purpose (eu, california, th, vn), Meta\'s does too, with Meta as the subject', () => {
    const want: Array<[string, string, string]> = [
      ['eu', 'en', 'For message transmission, Meta Platforms Ireland Limited keeps your phone number and message content for up to 30 days from sending of the message.'],
      ['eu', 'de', 'Für den Zweck „Nachrichtenübermittlung“ bewahrt Meta Platforms Ireland Limited die Daten (Telefonnummer und Nachrichteninhalte) höchstens 30 Tage ab Versand der Nachricht auf.'],
      ['eu', 'pl', 'Cel „przesyłanie wiadomości” – okres przechowywania danych (numer telefonu i treść wiadomości) przez Meta Platforms Ireland Limited: maksymalnie 30 dni od wysłania wiadomości.'],
      ['california', 'es', 'Para la finalidad «transmisión de mensajes», Meta Platforms Ireland Limited conserva los datos (número de teléfono y contenido de los mensajes) durante un máximo de 30 días a contar desde el envío del mensaje.'],
      ['th', 'th', 'เพื่อการส่งข้อความ Meta Platforms Ireland Limited เก็บรักษาข้อมูลต่อไปนี้ของท่านเป็นเวลาไม่เกิน 30 วัน นับแต่วันที่ส่งข้อความ: หมายเลขโทรศัพท์และเนื้อหาข้อความ'],
      ['vn', 'vi', 'Để truyền tải tin nhắn, Meta Platforms Ireland Limited lưu giữ các dữ liệu sau đây của bạn trong tối đa 30 ngày kể từ thời điểm gửi tin nhắn: số điện thoại và nội dung tin nhắn.'],
    ];
    for (const [region, locale, line] of want) expect(lines(render('order_shipped', region, locale).clause.text), `${region} ${locale}`).toContain(line);
    // Where our own periods name none (sg), Meta's names none either.
    expect(lines(render('order_shipped', 'sg', 'en').clause.text)).toContain('Meta Platforms Ireland Limited keeps your phone number and message content for up to 30 days from sending of the message.');
  });
});

describe('EU-C: Stripe Payments Europe\'s onward transfer to Stripe, Inc. (United States)', () => {
  it('eu en and de: on the DPF adequacy decision, as Meta\'s', () => {
    expect(render('payment_receipt', 'eu', 'en').clause.text).toContain(
      'Stripe Payments Europe transfers your name, email address, payment card details, and transaction details to Stripe, Inc. in the United States. Stripe, Inc. is certified under the EU-U.S. Data Privacy Framework, for which the European Commission has adopted an adequacy decision (Art. 45(3) GDPR; Commission Implementing Decision (EU) 2023/1795).',
    );
    expect(render('payment_receipt', 'eu', 'de').clause.text).toContain(
      'Stripe Payments Europe übermittelt die Daten (Name, E-Mail-Adresse, Zahlungskartendaten und Transaktionsdaten) an Stripe, Inc. in den Vereinigten Staaten. Stripe, Inc. ist nach dem Datenschutzrahmen EU-USA zertifiziert, für den die Europäische Kommission einen Angemessenheitsbeschluss erlassen hat (Art. 45 Abs. 3 DSGVO; Durchführungsbeschluss (EU) 2023/1795).',
    );
  });

  it('every region names Stripe, Inc. with its country; the SEA members in their own law\'s term', () => {
    const { catalog } = examples();
    for (const { region, locale } of regionLocales(catalog)) {
      expect(render('payment_receipt', region, locale).clause.text, `${region} ${locale}`).toContain('Stripe, Inc.');
    }
    expect(render('payment_receipt', 'sg', 'en').clause.text).toContain('Payment processor Stripe Payments Europe has its data intermediary Stripe, Inc. store your name, email address, payment card details, and transaction details (place of storage: United States).');
    expect(render('payment_receipt', 'ph', 'en').clause.text).toContain('has its subcontracted personal information processor Stripe, Inc. store');
    expect(render('payment_receipt', 'china', 'zh-CN').clause.text).toContain('经我们同意，转委托 Stripe, Inc.（美国）在美国存储您的以下信息：姓名、电子邮箱地址、银行卡信息和交易信息');
  });

  it('the sub-processor elements carry the data\'s note on what is not confirmed about Stripe, Inc.; WhatsApp clauses do not', () => {
    for (const [region, locale, id] of [['eu', 'en', 'transfer_safeguards'], ['th', 'th', 'sub_processor_storage'], ['sg', 'en', 'sub_processor_storage'], ['china', 'zh-CN', 'sub_processor_storage']] as const) {
      const el = render('payment_receipt', region, locale).clause.elements.find((e) => e.id === id && e.written);
      expect(el?.unsettled, `${region} ${id}`).toContain('Stripe, Inc.: Stripe, Inc. as the affiliate that receives and stores the payment data');
      const meta = render('order_shipped', region, locale).clause.elements.find((e) => e.id === id);
      expect(meta?.unsettled ?? '', `${region} ${id} on order_shipped`).not.toContain('Stripe');
    }
  });
});

/**
 * Review 7 SEA7-2: a sub-processor storage sentence names the sub-processor's country only where it is not
 * already the one place the data are stored, so "(United States) … at these locations: United States" is
 * gone, for Meta Platforms, Inc. and Stripe, Inc. alike, in every region and locale that writes the sentence.
 */
describe('SEA7-2: the sub-processor storage sentence names the country once', () => {
  const { catalog } = examples();
  for (const { region, locale } of regionLocales(catalog).filter(({ region }) => catalog.region(region).elements.some((e) => e.id === 'sub_processor_storage'))) {
    it(`${region} · ${locale}`, () => {
      for (const t of ['payment_receipt', 'order_shipped']) {
        const res = render(t, region, locale);
        for (const line of lines(res.clause.text).filter((l) => /(Stripe|Meta Platforms), Inc\./u.test(l) && !/\(20\d\d\)|2023\/1795/u.test(l))) {
          expect(line, `${t} ${region} ${locale}`).not.toMatch(/Inc\. \((United States|Amerika Syarikat|Amerika Serikat|สหรัฐอเมริกา|Hoa Kỳ)\)/u);
          expect(line).not.toMatch(/at these locations/u);
        }
      }
    });
  }
  it('the sentences as written (sg, my ms)', () => {
    expect(render('payment_receipt', 'sg', 'en').clause.text).toContain('Payment processor Stripe Payments Europe has its data intermediary Stripe, Inc. store your name, email address, payment card details, and transaction details (place of storage: United States).');
    expect(render('order_shipped', 'my', 'ms').clause.text).toContain('Lokasi penyimpanan nombor telefon dan kandungan mesej anda oleh Meta Platforms, Inc., pemproses data yang dilantik oleh penyedia perkhidmatan pemesejan Meta Platforms Ireland Limited: Amerika Syarikat.');
  });
});
