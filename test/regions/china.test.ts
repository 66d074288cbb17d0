/**
 * China (PIPL): native citations (《个人信息保护法》第十三条第一款第一项), the elements the issue asks
 * for (Art. 15 withdrawal, Art. 24(2) personalised marketing), no Art. 40 for storage, standard
 * contract filed with the provincial CAC, and what is unsettled. Facts: /work/notes/law-china.md.
 */
import { describe, expect, it } from 'vitest';
import { examples } from '../helpers/examples.js';

const { catalog, org, templates, renderer } = examples();
const cn = catalog.region('china');
const render = (id: string) => renderer.render(templates.find((t) => t.id === id)!, cn, 'zh-CN', org);

describe('china', () => {
  it('cites the PIPL in Chinese form, never "PIPL Art." inside the Chinese text', () => {
    const text = render('marketing_promotion').clause.text;
    expect(text).toContain('取得您的同意（《个人信息保护法》第十三条第一款第一项）');
    expect(render('order_shipped').clause.text).toContain('（《个人信息保护法》第十三条第一款第二项）');
    expect(text).toContain('（《个人信息保护法》第四十四条至第五十条）');
    for (const t of templates) expect(render(t.id).clause.text, t.id).not.toMatch(/PIPL|Art\.|GDPR|German Fiscal Code|reply STOP/);
  });

  it('storage cites Art. 17(1)(2), not Art. 40 (a duty of critical-infrastructure operators)', () => {
    const el = cn.elements.find((e) => e.id === 'storage_location')!;
    expect(el.article).toMatch(/^Art\. 17\(1\)\(2\) PIPL/);
    expect(el.citation!.parts.flatMap((p) => p.provisions.map((x) => x.path[0]))).not.toContain('40');
    expect(Object.values(cn.mechanismArticles).join(' ')).not.toMatch(/Art\. 40/);
  });

  it('consent can be withdrawn (Art. 15) and personalised marketing refused (Art. 24(2))', () => {
    const res = render('marketing_promotion');
    const withdraw = res.clause.elements.find((e) => e.id === 'withdraw_consent')!;
    expect(withdraw).toMatchObject({ written: true, article: 'Art. 15 PIPL', citation: '《个人信息保护法》第十五条' });
    // No '；' inside the statement (review CN-10): the method, then the effect of withdrawal as PIPL Art. 15(2) words it.
    // The method in the reader's language and the e-mail contact (review CN-10, N2).
    expect(res.clause.text).toContain('您可以随时撤回同意：回复“退订”或者“STOP”，或者发送电子邮件至pio-cn@nordlicht.example。撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动的效力（《个人信息保护法》第十五条）。');
    const pm = res.clause.elements.find((e) => e.id === 'personalised_marketing')!;
    expect(pm).toMatchObject({ written: true, citation: '《个人信息保护法》第二十四条第二款' });
    expect(res.clause.text).toContain('拒绝此类个性化营销');
    expect(render('order_shipped').clause.elements.some((e) => e.id === 'personalised_marketing')).toBe(false);
  });

  it('a standard contract is worded as filed with the provincial CAC, never "national CAC filing"; the route is marked unsettled', () => {
    for (const t of templates) expect(render(t.id).clause.text, t.id).not.toContain('已向国家网信部门备案');
    const zh = renderer.localizer('zh-CN');
    expect(zh.t('mechanism.cac_standard_contract')).toContain('已向所在地省级网信部门备案');
    expect(zh.t('filing.standard_contract')).toContain('已向所在地省级网信部门备案');
    expect(cn.mechanismArticles.cac_standard_contract).toBe('Art. 38(1)(3) PIPL');
    const cross = cn.elements.find((e) => e.id === 'cross_border')!;
    expect(cross.unsettled).toMatch(/Art\. 3\(2\)/);
    expect(cross.unsettled).toMatch(/Art\. 5\(1\)\(1\)/);
    const el = render('order_shipped').clause.elements.find((e) => e.id === 'cross_border');
    if (el) expect(el.unsettled).toBe(cross.unsettled);
  });

  it('requests and the way to overseas recipients go to the China-facing officer (Art. 52), not the GDPR DPO', () => {
    const text = render('order_shipped').clause.text;
    const rights = text.split('\n').find((l) => l.includes('第四十四条至第五十条'))!;
    expect(rights).toContain('pio-cn@nordlicht.example');
    expect(rights).not.toContain('dpo@nordlicht.example');
    for (const l of text.split('\n').filter((x) => x.startsWith('境外接收方'))) expect(l).toContain('pio-cn@nordlicht.example');
  });

  it('no public-task or legitimate-interests basis is cited (PIPL has neither)', () => {
    expect(cn.legalBasisArticles.public_task).toBeUndefined();
    expect(cn.legalBasisArticles.legitimate_interests).toBeUndefined();
  });
});
