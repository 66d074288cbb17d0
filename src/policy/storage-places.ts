/**
 * Where data are stored, said by the place of the machines that hold them rather than by a verb of
 * storing: "Meta may hold these messages in data centres in the United States", "copies … may sit in
 * data centers in the United States", "Our booking system runs on servers in Germany", "Unsere
 * Terminverwaltung läuft auf Servern eines Rechenzentrums in Nürnberg", "… die deze gegevens ook op
 * servers in de Verenigde Staten bewaart", "Meta menyimpan pesan tersebut di server di Amerika Serikat",
 * "Máy chủ của cửa hàng trực tuyến đặt tại Đức". Every language says storage this way, whatever the
 * verb (hold, sit, run on, keep, none): a place said of servers or a data centre is where the data on
 * them are kept, not anyone's seat. Words in reader.yaml `policy.facilities`.
 *
 * The place must follow a word for a facility closely, in the same clause: no stop, semicolon or colon
 * between, no recipient or name (the courier's servers are the courier's), at most `REACH` characters.
 */
import type { Mention, Sentence } from '../claims/read-claims.js';

/** How far after the word for a facility its place may stand ("servers of a data centre in Nürnberg", "máy chủ của cửa hàng trực tuyến đặt tại Đức"). */
const REACH = 48;

/** How far before the linking word a place may stand ("德国法兰克福的服务器": the town after the country). */
const LINKED = 8;

/**
 * The places of a sentence said of a storage facility (`facilities`: the locale's words, lower-cased). `links`: words
 * that put a place before the facility it is said of, in languages whose modifiers precede their noun (zh
 * "部署在德国法兰克福的服务器上", on servers in Frankfurt, Germany: the place, 的, the facility word right after).
 */
export function facilityPlaces(s: Sentence, facilities: readonly string[], unspaced: boolean, links: readonly string[] = []): Mention[] {
  if (!facilities.length) return [];
  const text = s.text.toLowerCase();
  const places = s.mentions.filter((m) => m.kind === 'place' && !m.seat);
  if (!places.length) return [];
  const others = s.mentions.filter((m) => m.kind === 'recipient' || m.kind === 'name');
  return places.filter((p) => {
    const end = p.start - s.start;
    for (const w of facilities) {
      const from = Math.max(0, end - REACH - w.length);
      for (let at = text.lastIndexOf(w, end - w.length); at >= from; at = text.lastIndexOf(w, at - 1)) {
        if (!unspaced && ((at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) || /[\p{L}\p{N}]/u.test(text[at + w.length] ?? ''))) continue;
        const gap = text.slice(at + w.length, end);
        if (gap.length > REACH || /[.;:]\s|[;:]/.test(gap)) break;
        if (others.some((m) => m.start - s.start >= at + w.length && m.end - s.start <= end)) break;
        return true;
      }
      // A place, a few more letters (a town after its country), a linking word and the facility word right after it.
      for (const l of links) {
        const at = text.indexOf(l + w, p.end - s.start);
        if (at < 0 || at - (p.end - s.start) > LINKED) continue;
        const gap = text.slice(p.end - s.start, at);
        if (/[\s\p{P}]/u.test(gap) || others.some((m) => m.start - s.start >= p.end - s.start && m.end - s.start <= at)) continue;
        return true;
      }
    }
    return false;
  });
}

/**
 * A verb of keeping whose own clause (to the next comma, semicolon, colon or verb) names a place and no
 * period, in a sentence that states a period elsewhere: "…, menyimpannya di Amerika Serikat, dan
 * menghapusnya paling lama 30 hari …", "…, keeps them in the United States and deletes them within 30
 * days": that verb stores there, while the sentence's period stays the keeping it states (the claim reader
 * reads a keeping verb as storage only in a sentence with a place and no period). Returns the verb, or
 * undefined.
 */
export function keptInPlace(s: Sentence): Mention | undefined {
  const verbs = s.mentions.filter((m) => m.kind === 'action');
  return verbs.find((m) => {
    if (m.value !== 'retain') return false;
    const next = verbs.find((v) => v.start > m.start);
    const stop = s.text.slice(m.end - s.start).search(/[,;:]/);
    const end = Math.min(next ? next.start : s.end, stop < 0 ? s.end : m.end + stop);
    return s.mentions.some((p) => p.kind === 'place' && !p.seat && p.start >= m.end && p.end <= end) && !s.durations.some((d) => d.start >= m.end && d.start < end);
  });
}
