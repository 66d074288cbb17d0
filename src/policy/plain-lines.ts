/**
 * What a line of a plain-text policy is by its form alone (src/policy/outline.ts reads the lines):
 * a setext underline ("=====", "-----") under a one-line title makes it a heading, as in Markdown;
 * a line that starts with a dotted clause number ("5.2 If you are not satisfied …") begins a
 * numbered paragraph of its own even right under the one before it (issue 18, held-out-3 A11 and
 * held-out-4 B4); a Chinese article line ("第三条 对外提供", "四、个人信息的存储") or a Thai clause line ("ข้อ 3 …") is a
 * heading, and "（一）" starts an item.
 */

/** A line of "=" or "-" alone: the underline of the title above it. */
export function underlineLevel(line: string): 1 | 2 | undefined {
  const t = line.trim();
  if (!/^(=+|-+)$/.test(t) || t.length < 3) return undefined;
  return t[0] === '=' ? 1 : 2;
}

/** A line that starts with a dotted clause number ("5.2 …", "§ 3.1 …"): a numbered paragraph of its own. */
export function startsNumbered(t: string): boolean {
  return /^(?:§\s*)?\d{1,3}(?:\.\d{1,3})+[.)]?\s+\S/u.test(t);
}

/**
 * A line that opens with a short label and a colon ("Facturas: seis años", "Datos del recordatorio
 * (nombre, móvil, …): 30 días desde la cita"): after a line that ends a sentence, it is a line of its
 * own, as a list item is, not the next line of a paragraph.
 */
export function labelLine(t: string): boolean {
  return /^[^\s:.!?;][^:.!?;]{0,79}[:：]\s*\S/u.test(t);
}

/**
 * A Chinese article heading ("第三条 对外提供", "第5条") or numbered heading ("四、个人信息的存储": a
 * numeral and the enumeration comma), short and not a sentence: the line after it is its first
 * paragraph, not part of the heading.
 */
export function articleHeading(t: string): boolean {
  if (t.length > 40 || /[。；;！？]$/u.test(t)) return false;
  return /^第[\d一二三四五六七八九十百]+[条章節节]/u.test(t) || (/^[一二三四五六七八九十]{1,3}、\S/u.test(t) && !/[，,：:]$/u.test(t)) || thaiClauseHeading(t);
}

/**
 * A Thai clause heading, "ข้อ 3 การชำระเงินด้วยบัตร" or "หมวด ๒ …" (the words for clause and chapter, a number
 * in Arabic or Thai digits, and a title): Thai writes no full stop, so a short line of this form is a heading
 * and the line under it its first paragraph, as in a Chinese policy.
 */
function thaiClauseHeading(t: string): boolean {
  return /^(?:ข้อ|หมวด(?:ที่)?|ส่วนที่)\s*[\d๐-๙]{1,3}\.?\s+[\u0E00-\u0E7F]/u.test(t) && !/[:：]$/u.test(t);
}

/** The marker of a Chinese list item ("（一）", "(二)") at the start of a line, or undefined. */
export function chineseItem(line: string): RegExpExecArray | null {
  return /^(\s*)[（(][一二三四五六七八九十]{1,3}[）)]\s*/u.exec(line);
}
