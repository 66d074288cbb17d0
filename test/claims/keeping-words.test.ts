/**
 * Words for messages and for keeping that policies people write use (issue 18, held-out-5 cause C3):
 * messages on their own are their content in th "ข้อความ", vi "tin nhắn", zh-CN "消息" (as en
 * "messages", it "messaggi"); keeping is also en "holds", it "tenere", th "เก็บไว้"; it "gli altri
 * dati" (the rest of the data) is personal data. reader.yaml `policy` (policies people wrote only);
 * sentences in our own words.
 */
import { describe, expect, it } from 'vitest';
import { describeClaim } from '../../src/claims/claim.js';
import { readClaims } from '../../src/claims/read-claims.js';
import { examples } from '../helpers/examples.js';

const { catalog } = examples();
const read = (text: string, lng: string, policy = true) => readClaims(text, catalog.locale(lng), { policy }).claims.map(describeClaim).sort();

describe('messages and keeping in more words', () => {
  it('messages on their own are message content', () => {
    expect(read('ข้อความของท่าน ผู้ให้บริการเก็บไว้ไม่เกิน 14 วัน', 'th')).toEqual(['retain user.content.message for up to 14 days']);
    expect(read('Tin nhắn được lưu giữ 14 ngày.', 'vi')).toEqual(['retain user.content.message for 14 days']);
    expect(read('客服消息保存 14 天。', 'zh-CN')).toEqual(['retain user.content.message for 14 days']);
  });

  it('"holds" and "tenere" keep, and "gli altri dati" are personal data', () => {
    expect(read('The platform holds your messages for up to 14 days.', 'en')).toEqual(['retain user.content.message for up to 14 days']);
    expect(read('I messaggi li teniamo 14 giorni.', 'it')).toEqual(['retain user.content.message for 14 days']);
    expect(read('Gli altri dati li teniamo 2 anni.', 'it')).toEqual(['retain user for 2 years']);
  });

  it('in the text disclose writes they are not read', () => {
    expect(read('The platform holds your messages for up to 14 days.', 'en', false)).toEqual([]);
  });
});
