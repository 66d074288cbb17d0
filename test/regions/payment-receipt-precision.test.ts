/**
 * The precision findings on payment_receipt and list wording, in every market (issue 17):
 * review 5 EU-n1, EU-n2, EU-n3, EU-n5, CA-n2, CA-n3, MY-10, MY-14, ID-9 (/work/notes/review-5-eu-ca.md,
 * review-5-sea.md); review 6 TH6-4, TH6-5, VN6-3, VN6-4, CN6-4, CN6-7, CN6-8 (review-6-th-vn.md,
 * review-6-cn.md). Rendered in-process from the examples.
 */
import { describe, expect, it } from 'vitest';
import { Localizer } from '../../src/render/localizer.js';
import { examples, regionLocales } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const tpl = (id: string) => templates.find((t) => t.id === id)!;
const render = (region: string, t: string, lng: string) => renderer.render(tpl(t), catalog.region(region), lng, org);
const clause = (region: string, t: string, lng: string) => render(region, t, lng).clause.text;

describe('EU-n3, MY-14, ID-9, TH6-4, VN6-3: a list never joins an item that itself holds "and" with "and"', () => {
  it('the list joiner uses the locale\'s "as well as" before the last item when an item contains "and"', () => {
    const join = (lng: string, items: string[]) => new Localizer(catalog.locale(lng)).list(items);
    expect(join('de', ['Name', 'Transaktionsdaten', 'Kartenmarke und letzte vier Kartenziffern'])).toBe('Name, Transaktionsdaten sowie Kartenmarke und letzte vier Kartenziffern');
    expect(join('es', ['nombre', 'detalles de la transacción', 'marca y últimos cuatro dígitos de la tarjeta'])).toBe('nombre, detalles de la transacción, así como marca y últimos cuatro dígitos de la tarjeta');
    expect(join('fr', ['nom', 'détails de la transaction', 'marque et quatre derniers chiffres de la carte'])).toBe('nom, détails de la transaction, ainsi que marque et quatre derniers chiffres de la carte');
    expect(join('it', ['nome', 'dettagli della transazione', 'circuito e ultime quattro cifre della carta'])).toBe('nome, dettagli della transazione, nonché circuito e ultime quattro cifre della carta');
    expect(join('nl', ['naam', 'transactiegegevens', 'kaartmerk en laatste vier cijfers van de kaart'])).toBe('naam, transactiegegevens, alsmede kaartmerk en laatste vier cijfers van de kaart');
    expect(join('ms', ['nama', 'butiran transaksi', 'jenama kad dan empat digit terakhir kad'])).toBe('nama, butiran transaksi, serta jenama kad dan empat digit terakhir kad');
    expect(join('id', ['nama', 'rincian transaksi', 'merek kartu dan empat digit terakhir kartu'])).toBe('nama, rincian transaksi, serta merek kartu dan empat digit terakhir kartu');
    expect(join('pl', ['imię i nazwisko', 'dane transakcji'])).toBe('imię i nazwisko oraz dane transakcji');
    expect(join('en', ['payment processing', 'tax and accounting records'])).toBe('payment processing as well as tax and accounting records');
    expect(join('vi', ['họ tên', 'loại thẻ và bốn chữ số cuối', 'địa chỉ bưu chính'])).toBe('họ tên, loại thẻ và bốn chữ số cuối cũng như địa chỉ bưu chính');
    // A conjunction inside an item is detected as a word, not inside another word ("Kunde" holds "und").
    expect(join('de', ['Name', 'Kundennummer', 'Bestellhistorie'])).toBe('Name, Kundennummer und Bestellhistorie');
    expect(join('es', ['nombre', 'número de teléfono', 'historial de pedidos'])).toBe('nombre, número de teléfono e historial de pedidos');
  });

  it('payment_receipt: no rendered line of any region and locale has a list with "and" twice in its last items', () => {
    // The reviewers' lines: "Transaktionsdaten und Kartenmarke und letzte vier Kartenziffern" (de), "detalles de la
    // transacción y marca y últimos …" (es), "… et marque et …" (fr), "… e circuito e …" (it), "transactiegegevens en
    // kaartmerk en …" (nl), "butiran transaksi dan jenama kad dan …" (ms), "rincian transaksi, dan merek kartu dan …"
    // (id), "… và loại thẻ và …" (vi), "… และประเภทบัตรและ…" (th).
    const bad: Record<string, RegExp> = {
      de: /Transaktionsdaten und Kartenmarke/,
      es: /transacción y marca y/,
      fr: /transaction et marque et/,
      it: /transazione e circuito e/,
      nl: /transactiegegevens en kaartmerk en/,
      ms: /transaksi dan jenama kad dan/,
      id: /transaksi, dan merek kartu dan/,
      vi: /giao dịch và loại thẻ và/,
      th: /ธุรกรรม และประเภทบัตรและ/,
    };
    for (const { region, locale } of regionLocales(catalog)) {
      const r = render(region, 'payment_receipt', locale);
      for (const text of [r.clause.text, r.footer.text, ...r.clause.companions.map((c) => c.text)]) {
        for (const [lng, re] of Object.entries(bad)) expect(re.test(text), `${region} ${locale} (${lng}): ${text.split('\n').find((l) => re.test(l))}`).toBe(false);
      }
    }
    // The reviewers' joins, as rendered.
    const want: Array<[string, string, string]> = [
      ['eu', 'de', 'Name, E-Mail-Adresse, Zahlungskartendaten, Transaktionsdaten sowie Kartenmarke und letzte vier Kartenziffern.'],
      ['eu', 'es', 'detalles de la transacción, así como marca y últimos cuatro dígitos de la tarjeta.'],
      ['california', 'es', 'registros de clientes (datos de la tarjeta de pago, así como marca y últimos cuatro dígitos de la tarjeta)'],
      ['eu', 'fr', 'détails de la transaction, ainsi que marque et quatre derniers chiffres de la carte.'],
      ['eu', 'it', 'dettagli della transazione, nonché circuito e ultime quattro cifre della carta.'],
      ['eu', 'nl', 'transactiegegevens, alsmede kaartmerk en laatste vier cijfers van de kaart.'],
      ['my', 'ms', 'butiran transaksi, serta jenama kad dan empat digit terakhir kad anda.'],
      ['id', 'id', 'rincian transaksi, serta merek kartu dan empat digit terakhir kartu Anda.'],
      ['th', 'th', 'รายละเอียดธุรกรรม และประเภทบัตรพร้อมเลขท้ายสี่หลักของบัตร'],
      ['vn', 'vi', 'chi tiết giao dịch và loại thẻ kèm bốn chữ số cuối của thẻ.'],
      ['ph', 'en', 'for payment processing as well as tax and accounting records'],
    ];
    for (const [region, lng, line] of want) expect(clause(region, 'payment_receipt', lng), `${region} ${lng}`).toContain(line);
  });
});

describe('EU-n5 (es fr it, California es): two provisions are not cited with a singular noun', () => {
  it('the statutory retention line names "the following provisions" with a collective noun, in the EU and California', () => {
    const cases: Array<[string, string, string, string]> = [
      ['eu', 'es', 'plazo exigido por la siguiente normativa: § 147', 'la siguiente disposición'],
      ['california', 'es', 'plazo exigido por la siguiente normativa: § 147', 'la siguiente disposición'],
      ['eu', 'fr', 'durée de conservation imposée par la réglementation suivante : § 147', 'la disposition suivante'],
      ['eu', 'it', 'termine prescritto dalla seguente normativa: § 147', 'seguente disposizione'],
    ];
    for (const [region, lng, want, gone] of cases) {
      const text = clause(region, 'payment_receipt', lng);
      expect(text, `${region} ${lng}`).toContain(want);
      expect(text, `${region} ${lng}`).not.toContain(gone);
    }
  });

  it('fr: the extension while a tax assessment is open is said as French tax law says it', () => {
    const fr = clause('eu', 'payment_receipt', 'fr');
    expect(fr).toContain("ou plus longtemps tant qu'elles sont nécessaires à l'établissement d'un impôt non encore prescrit");
    expect(fr).not.toContain('imposition encore ouverte');
  });
});

describe('MY-14: the German statutes in Malay', () => {
  it('"nombor 4" and "Akta Cukai Nilai Tambah", not the English "no." or "Nilai Ditambah"', () => {
    for (const lng of ['ms']) {
      const text = clause('my', 'payment_receipt', lng);
      expect(text).toContain('seksyen 147(1) nombor 4, (3) dan (4) Kanun Fiskal Jerman (Abgabenordnung) dan seksyen 14b Akta Cukai Nilai Tambah Jerman (Umsatzsteuergesetz)');
      expect(text).not.toMatch(/147\(1\) no\. 4|Nilai Ditambah/);
    }
    // The English companion of the Malay text keeps the English citation.
    expect(render('my', 'payment_receipt', 'ms').clause.companions[0]!.text).toContain('section 147(1) no. 4, (3) and (4) of the German Fiscal Code');
  });
});

describe('EU-n2, CA-n3, MY-10, CN6-4: the card digits come from our processor, named, never "a third party"', () => {
  it('each locale names Stripe Payments Europe as our processor (GDPR Art. 4(8) term in the EU languages)', () => {
    const want: Array<[string, string, string]> = [
      ['eu', 'en', 'We obtain your card brand and the last four digits of your card from our payment processor Stripe Payments Europe.'],
      ['eu', 'de', 'Die Daten (Kartenmarke und letzte vier Kartenziffern) erhalten wir von unserem Auftragsverarbeiter Stripe Payments Europe (Zahlungsdienstleister).'],
      ['eu', 'es', 'Obtenemos los datos (marca y últimos cuatro dígitos de la tarjeta) de nuestro encargado del tratamiento Stripe Payments Europe (proveedor de servicios de pago).'],
      ['eu', 'fr', 'Nous obtenons les données (marque et quatre derniers chiffres de la carte) auprès de notre sous-traitant Stripe Payments Europe (prestataire de services de paiement).'],
      ['eu', 'it', 'Otteniamo i dati (circuito e ultime quattro cifre della carta) dal nostro responsabile del trattamento Stripe Payments Europe (prestatore di servizi di pagamento).'],
      ['eu', 'nl', 'De gegevens (kaartmerk en laatste vier cijfers van de kaart) ontvangen wij van onze verwerker Stripe Payments Europe (betaaldienstverlener).'],
      ['eu', 'pl', 'Dane (marka karty i jej cztery ostatnie cyfry) otrzymujemy od naszego podmiotu przetwarzającego Stripe Payments Europe (operator płatności).'],
      // CCPA: a service provider is not a third party (Cal. Civ. Code §1798.140(ai)).
      ['california', 'en', 'We obtain your card brand and the last four digits of your card from our service provider Stripe Payments Europe (payment processor).'],
      ['california', 'es', 'Obtenemos los datos (marca y últimos cuatro dígitos de la tarjeta) de nuestro proveedor de servicios Stripe Payments Europe (proveedor de servicios de pago).'],
      ['my', 'ms', 'Kami memperoleh jenama kad dan empat digit terakhir kad anda daripada pemproses pembayaran kami, Stripe Payments Europe.'],
      ['my', 'en', 'We obtain your card brand and the last four digits of your card from our payment processor Stripe Payments Europe.'],
      // PIPL: an entrusted party (受托人, Art. 21), not a 第三方.
      ['china', 'zh-CN', '您的以下信息来源于我们的受托人 Stripe Payments Europe（支付服务商）：银行卡品牌及卡号末四位。'],
    ];
    for (const [region, lng, line] of want) expect(clause(region, 'payment_receipt', lng), `${region} ${lng}`).toContain(line);
    for (const { region, locale } of regionLocales(catalog)) {
      const r = render(region, 'payment_receipt', locale);
      for (const text of [r.clause.text, ...r.clause.companions.map((c) => c.text)]) {
        expect(text, `${region} ${locale}`).not.toMatch(/from a third party|von einem Dritten|de un tercero|auprès d'un tiers|da un terzo|van een derde|od podmiotu trzeciego|daripada pihak ketiga|dari pihak ketiga|来源于第三方|จากบุคคลภายนอก|từ bên thứ ba/);
      }
    }
  });
});

describe('EU-n1, CA-n2, TH6-5, VN6-4: the card is entered with Stripe and never passes through our systems', () => {
  it('after the disclosure, every region but china (which says it in its method line) says so in its own language', () => {
    // Review 7 EU7-4, CA7-2, SEA7-1, TH7-2, VN7-3: the reviewers' native wording, with the recipient collecting on
    // our behalf and its country (the card is no longer in our transfer sentence).
    const want: Array<[string, string, string]> = [
      ['eu', 'en', 'You enter your payment card details directly with our payment processor Stripe Payments Europe (Ireland), which receives them from you on our behalf; they do not pass through our systems.'],
      ['eu', 'de', 'Ihre Zahlungskartendaten geben Sie direkt bei unserem Zahlungsdienstleister Stripe Payments Europe (Irland) ein, der sie in unserem Auftrag entgegennimmt; sie laufen nicht über unsere Systeme.'],
      ['eu', 'es', 'Los datos de la tarjeta de pago los introduce usted directamente en el sistema de nuestro proveedor de servicios de pago Stripe Payments Europe (Irlanda), que los recibe por cuenta nuestra; no pasan por nuestros sistemas.'],
      ['eu', 'fr', 'Vous saisissez vos données de carte de paiement directement auprès de notre prestataire de services de paiement Stripe Payments Europe (Irlande), qui les reçoit pour notre compte ; elles ne transitent pas par nos systèmes.'],
      ['eu', 'it', 'I dati della carta di pagamento li inserisce direttamente presso il nostro prestatore di servizi di pagamento Stripe Payments Europe (Irlanda), che li riceve per nostro conto; non transitano per i nostri sistemi.'],
      ['eu', 'nl', 'Uw betaalkaartgegevens voert u rechtstreeks in bij onze betaaldienstverlener Stripe Payments Europe (Ierland), die ze namens ons ontvangt; zij lopen niet via onze systemen.'],
      ['eu', 'pl', 'Stripe Payments Europe (Irlandia), nasz operator płatności, przyjmuje dane karty płatniczej bezpośrednio od Ciebie w naszym imieniu; nie przechodzą one przez nasze systemy.'],
      ['california', 'en', 'You enter your payment card details directly with our service provider Stripe Payments Europe (Ireland), which receives them from you on our behalf; they do not pass through our systems.'],
      ['california', 'es', 'Los datos de la tarjeta de pago los introduce usted directamente en el sistema de nuestro proveedor de servicios Stripe Payments Europe (Irlanda), que los recibe por cuenta nuestra; no pasan por nuestros sistemas.'],
      // Review 8 SEA8-1: tied to the contract of the transfer sentence below (test/regions/sea-review8.test.ts).
      ['my', 'ms', 'Anda memasukkan butiran kad pembayaran anda terus ke dalam sistem pemproses pembayaran Stripe Payments Europe (Ireland), yang menerimanya bagi pihak kami berdasarkan kontrak yang dinyatakan di bawah; maklumat tersebut tidak melalui sistem kami.'],
      ['id', 'id', 'Anda memasukkan data kartu pembayaran Anda langsung ke dalam sistem pemroses pembayaran Stripe Payments Europe (Irlandia), yang menerimanya atas nama kami berdasarkan perjanjian yang disebutkan di bawah ini; data tersebut tidak melewati sistem kami.'],
      // Review 8 TH8-1: the reviewer's native wording.
      ['th', 'th', 'ท่านกรอกข้อมูลบัตรชำระเงินลงในระบบของผู้ให้บริการชำระเงิน Stripe Payments Europe (ไอร์แลนด์) โดยตรง โดย Stripe Payments Europe รับข้อมูลดังกล่าวไว้ในนามของเรา และข้อมูลดังกล่าวไม่ผ่านระบบของเรา'],
      // Review 8 VN8-1: in Vietnam the collection on Stripe's platform abroad is our transfer (Điều 20 khoản 1 điểm c).
      ['vn', 'vi', 'Bạn nhập thông tin thẻ thanh toán trực tiếp vào hệ thống của đơn vị xử lý thanh toán Stripe Payments Europe (Ai-len); đơn vị này tiếp nhận và xử lý thông tin này thay mặt chúng tôi trên nền tảng của mình ở nước ngoài (chuyển dữ liệu cá nhân xuyên biên giới theo điểm c khoản 1 Điều 20 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15); thông tin này không đi qua hệ thống của chúng tôi.'],
    ];
    for (const [region, lng, line] of want) {
      const lines = clause(region, 'payment_receipt', lng).split('\n').map((l) => l.trim());
      expect(lines, `${region} ${lng}`).toContain(line);
      // Said once, right after the sentences that disclose to Stripe (TH6-5: "Add after it").
      expect(lines.filter((l) => l === line).length, `${region} ${lng}`).toBe(1);
    }
    for (const { region, locale } of regionLocales(catalog)) {
      const text = clause(region, 'payment_receipt', locale);
      expect(/You enter your|geben Sie direkt|introduce usted|saisissez|inserisce|voert u|nasz operator płatności, przyjmuje|memasukkan|nhập|กรอก/.test(text), `${region} ${locale}`).toBe(region !== 'china');
      // The sentence names only what no flow of ours stores: the card, never the name or transaction.
      expect(text).not.toMatch(/You enter your name/);
    }
    // china keeps its own sentence in the method line, once, and its method line excepts the card from what we
    // collect and store (review 7 CN7-2).
    const cn = clause('china', 'payment_receipt', 'zh-CN');
    expect(cn.match(/银行卡信息由您直接填写在 Stripe Payments Europe 的输入栏中/g)?.length).toBe(1);
    expect(cn).toContain('处理方式：除银行卡信息外，我们以电子化方式收集、存储和使用上述信息');
    expect(cn).not.toContain('处理方式：我们以电子化方式收集');
    // No other template collects through a recipient's field: no such sentence there.
    for (const t of templates.filter((x) => x.id !== 'payment_receipt')) expect(clause('eu', t.id, 'en')).not.toContain('You enter your');
  });
});

describe('review 7 EU7-3, CA7-2, SEA7-1, TH7-2, VN7-3, CN7-2: the card the recipient collects is never said as disclosed, transferred or obtained by us', () => {
  const CARD = 'user.financial.credit_card';
  it('no region x locale of payment_receipt says both that we disclose/transfer/obtain the card and that it never passes through us', () => {
    // The card label in each locale, and the words of our own "obtain … directly from you" line where a region writes it.
    const card = (lng: string) => new Localizer(catalog.locale(lng)).label('data', CARD);
    const obtained = /We obtain your [^.]*directly from you|Kami memperoleh [^.]*secara langsung daripada anda|Obtenemos [^.]*directamente de usted/;
    let rendered = 0;
    for (const { region, locale } of regionLocales(catalog)) {
      const r = render(region, 'payment_receipt', locale);
      const where = `${region} ${locale}`;
      // Our disclosure, sale and transfer claims (clause and footer) name no card; china entrusts it to Stripe
      // (PIPL Art. 21, statement.entrust: a processor we entrust, which is true of a collection on our behalf).
      // Stripe's own onward transfer to Stripe, Inc. (statement.transferOnward*) is the recipient processing it, and stays.
      const ours = [...r.clause.said, ...r.footer.said].filter((s) => !/entrust|Entrusted|transferOnward/i.test(s.key));
      for (const s of ours) {
        expect(s.claims.filter((c) => c.data === CARD && !c.negated && ['share', 'transfer', 'sell'].includes(c.action)), `${where}: ${s.text}`).toEqual([]);
      }
      expect(r.footer.text.includes(card(locale)) && region !== 'china', `${where} footer: ${r.footer.text}`).toBe(false);
      for (const line of r.clause.text.split('\n')) {
        const m = obtained.exec(line);
        if (m) expect(m[0], where).not.toContain(card(locale));
      }
      // Each says the recipient collects it, and that it does not pass through us.
      expect(r.clause.text, where).toMatch(region === 'china' ? /由 Stripe Payments Europe 直接接收，而非经由我们的系统/ : /(on our behalf|in unserem Auftrag|pour notre compte|por cuenta nuestra|per nostro conto|namens ons|w naszym imieniu|bagi pihak kami|atas nama kami|ในนามของเรา|thay mặt chúng tôi)/);
      // The recipient still processes it: its storage and retention sentences still name the card.
      expect(r.clause.text.split('\n').filter((l) => l.includes(card(locale)) && l.includes('Stripe')).length, where).toBeGreaterThanOrEqual(3);
      rendered++;
    }
    expect(rendered).toBeGreaterThanOrEqual(16);
  });

  it('collectedByRecipients.data must be the flow\'s own data: a clear error with file, line and column', async () => {
    expect(tpl('payment_receipt').flows.find((f) => f.id === 'payment')!.collectedByRecipients?.data).toEqual([CARD]);
    const { loadTemplate } = await import('../../src/load/template.js');
    const { writeFileSync, readFileSync, mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { EXAMPLES } = await import('../helpers/examples.js');
    const src = readFileSync(path.join(EXAMPLES, 'templates', 'payment_receipt.yaml'), 'utf8');
    const bad = src.replace('      data: [user.financial.credit_card]\n', '      data: [user.financial.credit_card, user.contact.address]\n');
    expect(bad).not.toBe(src);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'rv7-')), 'payment_receipt.yaml');
    writeFileSync(file, bad);
    const line = bad.split('\n').findIndex((l) => l.includes('user.contact.address]')) + 1;
    let err: unknown;
    try {
      loadTemplate(file, catalog.taxonomy, catalog.channels);
    } catch (e) {
      err = e;
    }
    expect(String((err as Error)?.message)).toMatch(/collectedByRecipients\.data "user\.contact\.address" is not in the flow's data/);
    expect(JSON.stringify(err)).toContain(`"line":${line}`);
  });
});

describe('CN6-8: the invoice copies hold the customer\'s address, not a delivery address', () => {
  it('zh-CN names user.contact.address 通信地址 (收货地址 stays a synonym the reader knows)', () => {
    const text = clause('china', 'payment_receipt', 'zh-CN');
    expect(text).toContain('2. 为进行税务和会计记账，我们处理您的以下信息：姓名、通信地址和交易信息。');
    expect(text).toContain('我们在发票副本中将您的姓名、通信地址和交易信息保存8年');
    expect(text).not.toContain('收货地址');
    expect(catalog.locale('zh-CN').labels.data['user.contact.address']).toMatchObject({ label: '通信地址', synonyms: expect.arrayContaining(['收货地址']) });
  });
});

describe('CN6-7: the pack note on the legal-obligation basis gives Art. 47(2) whole, from the official text', () => {
  it('both limbs and the consequence, and the NPC source, not a Q&A page', () => {
    // Stop 27 clause audit 3 (LF): the German tax duty is stated on the contract (china.yaml foreignObligationBasis), so
    // legal_obligation_basis no longer applies to payment_receipt; the same Art. 47(2) text rides on the basis note,
    // shown on the purposes element (was: legal_obligation_basis's unsettled).
    const el = render('china', 'payment_receipt', 'zh-CN').clause.elements.find((e) => e.id === 'purposes_and_methods');
    const note = el?.notes?.find((n) => n.key === 'basis.legal_obligation')?.note;
    expect(note).toContain('法律、行政法规规定的保存期限未届满 or 删除个人信息从技术上难以实现');
    expect(note).toContain('应当停止除存储和采取必要的安全保护措施之外的处理');
    expect(note).toContain('https://www.npc.gov.cn/npc/c2/c30834/202108/t20210820_313088.html');
    expect(note).not.toContain('wapiknow.baidu.com');
  });
});

describe('CN6-4 (pack): a source that is not inferred by us cites PIPL Art. 7 alone, not Art. 24(1)', () => {
  it('payment_receipt carries indirect_source (Art. 7); marketing_promotion keeps inferred_source (Art. 7, 24(1))', () => {
    const els = (t: string) => render('china', t, 'zh-CN').clause.elements;
    expect(els('payment_receipt').find((e) => e.id === 'inferred_source')).toBeUndefined();
    expect(els('payment_receipt').find((e) => e.id === 'indirect_source')).toMatchObject({ written: true, citation: '《个人信息保护法》第七条' });
    expect(els('marketing_promotion').find((e) => e.id === 'inferred_source')).toMatchObject({ written: true, citation: '《个人信息保护法》第七条、第二十四条第一款' });
    expect(els('marketing_promotion').find((e) => e.id === 'indirect_source')).toBeUndefined();
  });
});
