/**
 * Issue 18, bad input: a policy in a language disclose has no reader for is refused with
 * E_UNKNOWN_LOCALE and named ("written in Swedish (sv), which disclose has no reader for"), never
 * read through the words of a language disclose reads. One paragraph per language, written for this
 * test in ordinary privacy-policy prose (an online shop, its courier, how long it keeps data), no
 * text taken from a real policy. The detector's word lists are languages/function-words.yaml.
 * Library calls (src/policy/language.ts, src/policy/policy-target.ts), one command-line run.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageScores, UNDETERMINED } from '../../src/policy/language.js';
import { policyTarget } from '../../src/policy/policy-target.js';
import { parsePolicy } from '../../src/policy/document.js';
import { openProject } from '../../src/project.js';
import { isDiscloseError } from '../../src/errors.js';
import { EXAMPLES } from '../helpers/examples.js';
import { policyChecker } from '../helpers/policy-check.js';

/** Languages disclose has no reader for: code, name, a paragraph. */
const UNREAD: Array<[string, string, string]> = [
  ['sv', 'Swedish', 'Vi behandlar dina personuppgifter när du beställer varor i vår webbutik. Vi delar ditt namn och din adress med det transportföretag som levererar paketet till dig. Uppgifterna sparas så länge det krävs enligt bokföringslagen och raderas sedan. Du kan när som helst kontakta oss om du vill veta vilka uppgifter vi har om dig.'],
  ['da', 'Danish', 'Vi behandler dine personoplysninger, når du bestiller varer i vores webshop. Vi deler dit navn og din adresse med det fragtfirma, der leverer pakken til dig. Oplysningerne opbevares, så længe bogføringsloven kræver det, og slettes derefter. Du kan altid kontakte os, hvis du vil vide, hvilke oplysninger vi har om dig.'],
  ['no', 'Norwegian', 'Vi behandler personopplysningene dine når du bestiller varer i nettbutikken vår. Vi deler navnet og adressen din med transportselskapet som leverer pakken til deg. Opplysningene lagres så lenge bokføringsloven krever det, og slettes deretter. Du kan når som helst kontakte oss hvis du vil vite hvilke opplysninger vi har om deg.'],
  ['pt', 'Portuguese', 'Tratamos os seus dados pessoais quando faz uma encomenda na nossa loja online. Partilhamos o seu nome e a sua morada com a transportadora que entrega a encomenda. Os dados são conservados durante o prazo exigido pela lei fiscal e depois apagados. Pode contactar-nos a qualquer momento para saber que dados temos sobre si.'],
  ['pt', 'Portuguese', 'Tratamos os seus dados pessoais quando você faz um pedido em nossa loja virtual. Compartilhamos o seu nome e o seu endereço com a transportadora que entrega o pedido. Os dados são guardados pelo prazo exigido pela legislação fiscal e depois excluídos. Você pode entrar em contato conosco a qualquer momento para saber quais dados temos sobre você.'],
  ['cs', 'Czech', 'Vaše osobní údaje zpracováváme, když si objednáte zboží v našem e-shopu. Vaše jméno a adresu předáváme přepravní společnosti, která vám zásilku doručí. Údaje uchováváme po dobu, kterou vyžaduje zákon o účetnictví, a poté je vymažeme. Kdykoli nás můžete kontaktovat, pokud chcete vědět, jaké údaje o vás máme.'],
  ['sk', 'Slovak', 'Vaše osobné údaje spracúvame, keď si objednáte tovar v našom e-shope. Vaše meno a adresu poskytujeme prepravnej spoločnosti, ktorá vám zásielku doručí. Údaje uchovávame počas doby, ktorú vyžaduje zákon o účtovníctve, a potom ich vymažeme. Kedykoľvek nás môžete kontaktovať, ak chcete vedieť, aké údaje o vás máme.'],
  ['ro', 'Romanian', 'Prelucrăm datele dumneavoastră personale atunci când plasați o comandă în magazinul nostru online. Numele și adresa dumneavoastră sunt transmise firmei de curierat care livrează coletul. Datele sunt păstrate pe durata cerută de legislația fiscală și apoi sunt șterse. Ne puteți contacta oricând pentru a afla ce date deținem despre dumneavoastră.'],
  ['hu', 'Hungarian', 'Személyes adatait akkor kezeljük, amikor Ön megrendelést ad le webáruházunkban. Nevét és címét átadjuk a futárszolgálatnak, amely a csomagot kiszállítja. Az adatokat a számviteli törvény által előírt ideig őrizzük meg, majd töröljük. Bármikor kapcsolatba léphet velünk, ha tudni szeretné, milyen adatokat tárolunk Önről.'],
  ['fi', 'Finnish', 'Käsittelemme henkilötietojasi, kun teet tilauksen verkkokaupassamme. Luovutamme nimesi ja osoitteesi kuljetusyhtiölle, joka toimittaa paketin sinulle. Tietoja säilytetään kirjanpitolain edellyttämän ajan, minkä jälkeen ne poistetaan. Voit milloin tahansa ottaa meihin yhteyttä, jos haluat tietää, mitä tietoja meillä on sinusta.'],
  ['tr', 'Turkish', 'Online mağazamızdan sipariş verdiğinizde kişisel verilerinizi işliyoruz. Adınızı ve adresinizi, paketi size teslim eden kargo şirketiyle paylaşıyoruz. Veriler, vergi mevzuatının gerektirdiği süre boyunca saklanır ve ardından silinir. Hakkınızda hangi verileri tuttuğumuzu öğrenmek için bizimle her zaman iletişime geçebilirsiniz.'],
  ['hr', 'Croatian', 'Vaše osobne podatke obrađujemo kada naručite proizvode u našoj internetskoj trgovini. Vaše ime i adresu dijelimo s dostavnom službom koja vam isporučuje paket. Podaci se čuvaju onoliko dugo koliko to zahtijeva računovodstveni zakon, a zatim se brišu. U svakom trenutku nas možete kontaktirati ako želite znati koje podatke o vama imamo.'],
  ['ja', 'Japanese', '当社は、お客様が当店で商品をご注文いただいた際に、お客様の個人情報を取り扱います。お客様のお名前とご住所は、商品をお届けする配送業者と共有します。個人情報は、税法で定められた期間保管した後、削除します。当社が保有する個人情報について知りたい場合は、いつでもお問い合わせください。'],
  ['ko', 'Korean', '당사는 고객님이 온라인 상점에서 상품을 주문할 때 개인정보를 처리합니다. 고객님의 이름과 주소는 상품을 배송하는 택배 회사와 공유됩니다. 개인정보는 세법이 정한 기간 동안 보관한 후 삭제합니다. 당사가 보유한 개인정보에 대해 알고 싶으시면 언제든지 문의해 주십시오.'],
  ['tl', 'Tagalog', "Kinokolekta namin ang iyong pangalan at address kapag nag-order ka sa aming online na tindahan. Ibinabahagi namin ang mga impormasyong ito sa kompanya ng courier na maghahatid ng iyong order. Itinatago namin ang iyong datos hangga't kinakailangan ng batas at pagkatapos ay binubura namin ito. Maaari kang makipag-ugnayan sa amin anumang oras kung nais mong malaman kung anong impormasyon ang hawak namin tungkol sa iyo."],
  ['ca', 'Catalan', "Tractem les vostres dades personals quan feu una comanda a la nostra botiga en línia. Compartim el vostre nom i la vostra adreça amb l'empresa de missatgeria que us lliura el paquet. Les dades es conserven durant el termini que exigeix la normativa fiscal i després s'eliminen. Podeu contactar amb nosaltres en qualsevol moment per saber quines dades tenim sobre vosaltres."],
  ['gl', 'Galician', 'Tratamos os teus datos persoais cando fas un pedido na nosa tenda en liña. Compartimos o teu nome e o teu enderezo coa empresa de transporte que che entrega o paquete. Os datos consérvanse durante o prazo que esixe a normativa fiscal e despois elimínanse. Podes contactar connosco en calquera momento para saber que datos temos sobre ti.'],
  ['et', 'Estonian', 'Töötleme teie isikuandmeid, kui teete meie e-poes tellimuse. Jagame teie nime ja aadressi kullerfirmaga, kes paki kohale toimetab. Andmeid säilitatakse raamatupidamise seaduses nõutud aja jooksul ja seejärel kustutatakse. Võite meiega igal ajal ühendust võtta, kui soovite teada, milliseid andmeid me teie kohta hoiame.'],
  ['el', 'Greek', 'Επεξεργαζόμαστε τα προσωπικά σας δεδομένα όταν κάνετε μια παραγγελία στο ηλεκτρονικό μας κατάστημα. Μοιραζόμαστε το όνομα και τη διεύθυνσή σας με την εταιρεία ταχυμεταφορών που παραδίδει το δέμα. Τα δεδομένα διατηρούνται για όσο διάστημα απαιτεί η φορολογική νομοθεσία και στη συνέχεια διαγράφονται.'],
];

/** Languages disclose reads, in the same kind of paragraph, and mixed documents that keep their main language. */
const READ: Array<[string, string]> = [
  ['es', 'Tratamos tus datos personales cuando haces un pedido en nuestra tienda online. Compartimos tu nombre y tu dirección con la empresa de transporte que entrega el paquete. No vendemos tus datos a nadie. Los datos se conservan durante el plazo que exige la normativa fiscal y después se eliminan.'],
  ['it', 'Trattiamo i Suoi dati personali quando effettua un ordine nel nostro negozio online. Comunichiamo il Suo nome e il Suo indirizzo al corriere che consegna il pacco. Non vendiamo i Suoi dati a nessuno. I dati sono conservati per il periodo richiesto dalla normativa fiscale e poi cancellati.'],
  ['pl', 'Przetwarzamy Twoje dane osobowe, gdy składasz zamówienie w naszym sklepie internetowym. Twoje imię i nazwisko oraz adres przekazujemy firmie kurierskiej, która dostarcza przesyłkę. Nie sprzedajemy Twoich danych. Dane przechowujemy przez okres wymagany przepisami podatkowymi, a potem je usuwamy.'],
  ['fr', 'Nous traitons vos données personnelles lorsque vous passez une commande sur notre boutique en ligne. Nous transmettons votre nom et votre adresse au transporteur qui livre le colis. Nous ne vendons pas vos données. Les données sont conservées pendant la durée exigée par la loi fiscale, puis supprimées.'],
  ['nl', 'Wij verwerken uw persoonsgegevens wanneer u een bestelling plaatst in onze webwinkel. Wij delen uw naam en adres met het bezorgbedrijf dat het pakket aflevert. Wij verkopen uw gegevens niet. De gegevens worden bewaard zolang de fiscale wet dat vereist en daarna verwijderd.'],
  ['de', 'Wir verarbeiten Ihre personenbezogenen Daten, wenn Sie in unserem Onlineshop eine Bestellung aufgeben. Ihren Namen und Ihre Anschrift geben wir an den Paketdienst weiter, der die Sendung zustellt. Wir verkaufen Ihre Daten nicht. Die Daten werden so lange gespeichert, wie es das Steuerrecht verlangt, und danach gelöscht.'],
  ['id', 'Kami memproses data pribadi Anda ketika Anda memesan produk di toko online kami. Nama dan alamat Anda kami bagikan kepada perusahaan jasa pengiriman yang mengantarkan paket. Kami tidak menjual data Anda kepada siapa pun. Data disimpan selama jangka waktu yang diwajibkan oleh peraturan perpajakan, lalu dihapus.'],
  ['ms', 'Kami memproses data peribadi anda apabila anda membuat pesanan di kedai dalam talian kami. Nama dan alamat anda dikongsi dengan syarikat kurier yang menghantar bungkusan. Kami tidak menjual maklumat anda kepada sesiapa. Data disimpan selama tempoh yang dikehendaki oleh undang-undang cukai dan kemudian dipadam.'],
  ['vi', 'Chúng tôi xử lý dữ liệu cá nhân của bạn khi bạn đặt hàng tại cửa hàng trực tuyến của chúng tôi. Chúng tôi chia sẻ tên và địa chỉ của bạn với công ty giao hàng để giao gói hàng. Chúng tôi không bán dữ liệu của bạn. Dữ liệu được lưu trữ trong thời gian pháp luật về thuế yêu cầu và sau đó được xóa.'],
  // A Philippine policy in English with a few Tagalog words stays English.
  ['en', 'We collect your name, mobile number and delivery address when you order pasalubong from our shop in Quezon City. We share them with our courier so that your package reaches you on time, po. Salamat po for trusting us! We keep your data only as long as the Data Privacy Act of 2012 and the BIR rules require, and we never sell it.'],
  // A Dutch policy that names an English law stays Dutch.
  ['nl', 'Wij verwerken uw persoonsgegevens volgens de Algemene Verordening Gegevensbescherming. Voor klanten in Californië volgen wij ook de California Consumer Privacy Act of 2018 as amended by the California Privacy Rights Act of 2020. Wij delen uw naam en adres met het bezorgbedrijf dat het pakket aflevert. Wij verkopen uw gegevens niet aan derden en bewaren ze zolang de fiscale wet dat vereist.'],
  // A German policy with a cookie table in English stays German.
  ['de', ['# Datenschutzerklärung', '', 'Wir verarbeiten Ihre personenbezogenen Daten, wenn Sie in unserem Onlineshop eine Bestellung aufgeben. Ihren Namen und Ihre Anschrift geben wir an den Paketdienst weiter, der die Sendung zustellt. Die Daten werden so lange gespeichert, wie es das Steuerrecht verlangt, und danach gelöscht.', '', '## Cookies', '', 'Wir setzen die folgenden Cookies ein. Die Beschreibungen stammen von den Anbietern und sind auf Englisch.', '', '| Cookie | Provider | Purpose | Duration |', '|---|---|---|---|', '| _ga | Google | Used to distinguish users for the analytics of the website | 2 years |', '| _gid | Google | Used to distinguish users and to store the pages they visit | 24 hours |', '| cart_id | Shop | Keeps the items in your shopping cart between visits | 30 days |', '| consent | Shop | Stores the cookie choices you made in the banner | 12 months |'].join('\n')],
];

const READABLE = ['en', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'id', 'ms', 'vi', 'zh-CN', 'th'];

describe('the language of a policy', () => {
  it.each(UNREAD)('%s: a paragraph in %s is named as that language', (lng, _name, text) => {
    expect(detectLanguage(text)).toBe(lng);
    expect(detectLanguage(text, READABLE)).toBe(lng);
  });

  it.each(READ)('%s: a paragraph in a language disclose reads keeps its language', (lng, text) => {
    expect(detectLanguage(text)).toBe(lng);
    expect(detectLanguage(text, READABLE)).toBe(lng);
  });

  it('a text whose words are no language listed, or in a script several languages write, is undetermined; a short one is not told', () => {
    const best = (text: string) => languageScores(text).best;
    expect(best('Мы обрабатываем ваши персональные данные, когда вы оформляете заказ в нашем интернет-магазине. Ваше имя и адрес мы передаём курьерской службе, которая доставляет посылку.')).toBe(UNDETERMINED);
    expect(languageScores('Мы обрабатываем ваши персональные данные, когда вы оформляете заказ в нашем интернет-магазине.').script).toBe('Cyrillic');
    // Welsh is not listed: its few chance words ("a", "y", "yn") make no language's share.
    const welsh = "Rydym yn prosesu eich data personol pan fyddwch yn archebu nwyddau o'n siop ar-lein. Rydym yn rhannu eich enw a'ch cyfeiriad gyda'r cwmni cludo sy'n danfon y parsel.";
    expect(best(welsh)).toBe(UNDETERMINED);
    // detectLanguage names languages only (the rule that reads a policy's companion languages uses it).
    expect(detectLanguage(welsh)).toBeUndefined();
    expect(best('Vi behandlar dina personuppgifter.')).toBeUndefined();
  });

  it('Chinese stays Chinese; Han with kana is Japanese', () => {
    expect(detectLanguage('我们如何收集和使用您的个人信息。我们会在您注册时收集您的手机号码和收货地址，用于向您配送商品和发送通知。我们不会出售您的个人信息。我们会采取安全措施保护您的个人信息。')).toBe('zh-CN');
    expect(detectLanguage(UNREAD.find(([l]) => l === 'ja')![2])).toBe('ja');
  });
});

describe('check and sync refuse a language disclose has no reader for (policyTarget)', () => {
  const project = openProject({ orgFile: path.join(EXAMPLES, 'organization.yaml') });
  const target = (text: string, given: { regions?: string[]; locales?: string[] }) => {
    try {
      return policyTarget(project, parsePolicy(text, 'policy.md'), given);
    } catch (e) {
      if (!isDiscloseError(e)) throw e;
      return `${e.code}: ${e.message}`;
    }
  };
  it.each(UNREAD)('%s: E_UNKNOWN_LOCALE naming %s, with a region or without', (lng, name, text) => {
    const expected = `E_UNKNOWN_LOCALE: the policy is written in ${name} (${lng}), which disclose has no reader for`;
    expect(target(text, { regions: ['eu'] })).toBe(expected);
    expect(target(text, {})).toBe(expected);
  });
  it('a text no language listed fits: "a language disclose cannot read"', () => {
    expect(target('Мы обрабатываем ваши персональные данные, когда вы оформляете заказ в нашем интернет-магазине. Ваше имя и адрес мы передаём курьерской службе.', { regions: ['eu'] })).toBe('E_UNKNOWN_LOCALE: the policy is written in a language disclose cannot read (Cyrillic script)');
  });
  it('a language disclose reads is read, and --locale for a language it has no reader for stays a usage error', () => {
    // The Philippine policy in English with Tagalog words (one locale to load: the others cost a second).
    const t = target(READ.find(([, text]) => text.includes('Salamat po'))![1], { regions: ['eu'] });
    expect(typeof t === 'string' ? t : [t.region.id, t.locale]).toEqual(['eu', 'en']);
    // As `--locale pt` on a Portuguese policy was before: the region has no such locale (it read as French before).
    expect(target(UNREAD[0]![2], { regions: ['eu'], locales: ['sv'] })).toMatch(/^E_UNKNOWN_LOCALE: region "eu" has no locale "sv"/);
    expect(target(UNREAD[0]![2], { regions: ['eu'], locales: ['en'] })).toBe('E_USAGE: the policy reads as Swedish (sv), not English (en) as --locale says');
  });
});

describe('the command line', () => {
  const checker = policyChecker('unread-languages-');
  it('a Swedish policy without --locale: exit 2, E_UNKNOWN_LOCALE, the language named, no findings', async () => {
    const r = await checker.checkText('integritet.md', `# Integritetspolicy\n\n${UNREAD[0]![2]}\n`, ['--region', 'eu']);
    expect(r.code).toBe(2);
    expect(r.findings).toEqual([]);
    expect(r.err).toMatch(/integritet\.md:1:1: error: the policy is written in Swedish \(sv\), which disclose has no reader for \[E_UNKNOWN_LOCALE\]/);
  });
});
