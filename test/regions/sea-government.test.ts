/**
 * SEA review blockers (/work/notes/review-sea.md, X2/VN-2): the government sentence is the true
 * permission with the member's own citation in the text's language, never an "only" promise
 * (which the same clause contradicts: Meta, WhatsApp, couriers and payment providers receive data too).
 */
import { describe, expect, it } from 'vitest';
import { find, linesWith, MEMBERS, renderMember } from './sea-members.js';

const GOVERNMENT: Record<(typeof MEMBERS)[number], Array<[locale: string, sentence: string]>> = {
  vn: [['vi', 'Chúng tôi có thể chuyển giao dữ liệu cá nhân của bạn theo yêu cầu của cơ quan nhà nước có thẩm quyền (điểm đ khoản 1 Điều 17 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15).']],
  th: [['th', 'เราอาจเปิดเผยข้อมูลส่วนบุคคลของท่านแก่หน่วยงานของรัฐเมื่อกฎหมายกำหนด (มาตรา 27']],
  // The Act's verb and "by or under any law or by the order of a court" (s.39(b)(ii); review 5 MY-11, review 7 MY7-1), in both versions.
  my: [['ms', 'Kami mungkin menzahirkan data peribadi anda kepada pihak berkuasa awam jika penzahiran itu dikehendaki atau dibenarkan oleh atau di bawah mana-mana undang-undang atau oleh perintah mahkamah (perenggan 6(2)(c) dan subperenggan 39(b)(ii) Akta 709)'], ['en', 'We may disclose your personal data to public authorities where the disclosure is required or authorised by or under any law or by the order of a court (paragraph 6(2)(c) and subparagraph 39(b)(ii) of Act 709)']],
  id: [['id', 'Kami dapat mengungkapkan Data Pribadi Anda kepada instansi pemerintah apabila diwajibkan oleh ketentuan peraturan perundang-undangan, termasuk untuk kepentingan proses penegakan hukum (Pasal 20 ayat (2) huruf c UU PDP).']],
  // The DPA's term, "personal information" (s.3(g); review-3 PH-4).
  ph: [['en', 'We may disclose personal information to public authorities where the law requires or authorises it (']],
  // s.13(b): "required or authorised under this Act or any other written law", Singapore law only (review 5 SG-7).
  sg: [['en', 'We may disclose personal data to public authorities without your consent where the PDPA 2012 or any other written law requires or authorises it (sections 13(b) and 17 of, and the First Schedule to, the PDPA 2012).']],
};
const ONLY = /only for compliance|chỉ chia sẻ|เท่านั้น|hanya bagi mematuhi|hanya untuk pemenuhan/;

describe('government disclosure: a cited permission, no "only"', () => {
  for (const member of MEMBERS) {
    it(member, () => {
      const { renders } = renderMember(member);
      for (const [locale, sentence] of GOVERNMENT[member]) {
        for (const t of ['order_shipped', 'payment_receipt']) {
          const r = find(renders, t, locale);
          const lines = linesWith(r.clause, sentence);
          expect(lines, `${member}/${locale}/${t}:\n${r.clause}`).toHaveLength(1);
          // The sentence carries a citation of the member's own law and no exclusivity.
          expect(lines[0]).toMatch(/\(.+\)[.]?$/);
        }
      }
      const GOV = /public authorities|cơ quan nhà nước|หน่วยงานของรัฐ|pihak berkuasa awam|instansi pemerintah/;
      for (const r of renders) for (const l of linesWith(r.clause, GOV)) expect(l, `${member}/${r.locale}/${r.template}`).not.toMatch(ONLY);
    });
  }
});

describe('the sea group (each member cites its own law): the sentence carries no empty citation', () => {
  it('sea', async () => {
    const { examples } = await import('../helpers/examples.js');
    const { catalog, org, templates, renderer } = examples();
    for (const t of templates) {
      const text = renderer.render(t, catalog.region('sea'), 'en', org).clause.text;
      expect(text, t.id).toContain('We may disclose personal data to public authorities where the law requires or authorises it.');
      expect(text, t.id).not.toContain('()');
    }
  });
});
