/**
 * The language of a policy typed without diacritics (src/policy/language.ts, brief RF): where no
 * list fits the text's words as written, its words and the lists' are compared bare, and a language
 * disclose reads is taken so ("chung toi khong chia se du lieu cua ban" is Vietnamese). A language
 * disclose does not read is never named this way, and a text that fits a list as written is read as before.
 * Our own words.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/policy/language.js';

const READABLE = ['de', 'en', 'es', 'fr', 'id', 'it', 'ms', 'nl', 'pl', 'th', 'vi', 'zh-CN'];

const vietnamese = [
  'Chinh sach bao mat cua Tiem Giay Hoa Sen.',
  'Chung toi thu thap ho ten, so dien thoai va dia chi cua ban de giao hang.',
  'Chung toi khong ban du lieu ca nhan cua ban cho bat ky ai.',
  'Don vi van chuyen nhan ten, so dien thoai va dia chi cua ban de giao goi hang.',
  'Du lieu duoc luu tru tai Duc va duoc xoa sau 180 ngay ke tu khi giao hang thanh cong.',
  'Ban co quyen yeu cau truy cap, sua hoac xoa du lieu cua minh bang cach gui thu dien tu cho chung toi.',
].join(' ');

describe('the language of a text typed without diacritics', () => {
  it('reads Vietnamese without its tone marks as Vietnamese', () => {
    expect(detectLanguage(vietnamese.normalize('NFC'), READABLE)).toBe('vi');
  });

  it('names no language it does not read from bare words, and reads a text with its marks as before', () => {
    expect(detectLanguage(vietnamese, READABLE.filter((l) => l !== 'vi'))).toBeUndefined();
    expect(detectLanguage('Chúng tôi không bán dữ liệu cá nhân của bạn cho bất kỳ ai. Chúng tôi thu thập họ tên, số điện thoại và địa chỉ của bạn để giao hàng cho bạn.', READABLE)).toBe('vi');
  });
});
