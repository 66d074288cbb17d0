/**
 * The cells that use each clause body, for the clause texts' pages (`texts/<group>.html`, pack
 * format 8: one for every template with the same flows), kept on disk
 * while the aggregates are written: each cell is appended to a scratch file as it is met (in
 * template order), and memory holds only numbers per cell (where it is in the file, and the
 * previous cell of the same body) and one entry per body. A list of every cell's template,
 * region, locale, page and heading in memory grew with the pack (issue 22: flat to 100,000).
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { TextUser } from './html-page.js';

/** Cells buffered before they are written to the scratch file. */
const FLUSH_BYTES = 1 << 16;

export class TextUsers {
  private readonly fd: number;
  private end = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private count = 0;
  private pos = new Float64Array(4096);
  private len = new Uint32Array(4096);
  /** The index of the previous cell of the same body, -1 for its first. */
  private prev = new Int32Array(4096);
  /** Per body, in the order first used: its last cell. */
  private readonly last = new Map<string, number>();
  /** Per texts page, in the order first used: its bodies in the order first used there. */
  private readonly onPage = new Map<string, string[]>();
  /** Per body: the first texts page it is on (nearly always its only one). */
  private readonly firstPage = new Map<string, string>();
  /** Bodies on a page other than their first (rare: the same text with other flows), as `page\0body`. */
  private readonly elsewhere = new Set<string>();
  /**
   * With `digests`, per texts page: the SHA-256 of every cell added that links it, with its body,
   * in order: what the page is made from besides the bodies' texts, which their hashes name.
   */
  private readonly digests: Map<string, Hash> | undefined;

  constructor(
    private readonly file: string,
    digests = false,
  ) {
    this.fd = openSync(file, 'w+');
    this.digests = digests ? new Map() : undefined;
  }

  add(body: string, user: TextUser): void {
    const json = JSON.stringify([user.template, user.region, user.locale, user.page, user.heading, user.textsPage]);
    const bytes = Buffer.from(json);
    if (this.digests) {
      let d = this.digests.get(user.textsPage);
      if (!d) this.digests.set(user.textsPage, (d = createHash('sha256')));
      d.update(`${body}\0${json}\n`);
    }
    const first = this.firstPage.get(body);
    if (first === undefined) {
      this.firstPage.set(body, user.textsPage);
      this.list(user.textsPage).push(body);
    } else if (first !== user.textsPage && !this.elsewhere.has(`${user.textsPage}\0${body}`)) {
      this.elsewhere.add(`${user.textsPage}\0${body}`);
      this.list(user.textsPage).push(body);
    }
    if (this.count === this.pos.length) this.grow();
    const i = this.count++;
    this.pos[i] = this.end + this.pendingBytes;
    this.len[i] = bytes.length;
    this.prev[i] = this.last.get(body) ?? -1;
    this.last.set(body, i);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private list(page: string): string[] {
    let l = this.onPage.get(page);
    if (!l) this.onPage.set(page, (l = []));
    return l;
  }

  /** The bodies used, in the order first used. */
  bodies(): IterableIterator<string> {
    return this.last.keys();
  }

  /** The texts pages and the bodies on each, in the order first used. */
  pages(): IterableIterator<[string, string[]]> {
    return this.onPage.entries();
  }

  /** The digest of what a texts page is made from (`digests`; undefined without, or for a page no cell links). */
  digest(page: string): string | undefined {
    return this.digests?.get(page)?.copy().digest('hex');
  }

  /** The first texts page a body is on: the one texts.json names. */
  pageOf(body: string): string | undefined {
    return this.firstPage.get(body);
  }

  /** A body's cells, in the order they were added (with `page`, those that link that texts page). */
  users(body: string, page?: string): TextUser[] {
    this.flush();
    const chain: number[] = [];
    for (let i = this.last.get(body) ?? -1; i >= 0; i = this.prev[i]!) chain.push(i);
    return chain.reverse().map((i) => {
      const buf = Buffer.allocUnsafe(this.len[i]!);
      let got = 0;
      while (got < buf.length) got += readSync(this.fd, buf, got, buf.length - got, this.pos[i]! + got);
      const [template, region, locale, page, heading, textsPage] = JSON.parse(buf.toString('utf8')) as string[];
      return { template: template!, region: region!, locale: locale!, page: page!, heading: heading!, textsPage: textsPage! };
    }).filter((u) => page === undefined || u.textsPage === page);
  }

  /** Closes and removes the scratch file (it is no part of the pack). */
  dispose(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.file, { force: true });
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    const all = Buffer.concat(this.pending);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done, this.end + done);
    this.end += all.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private grow(): void {
    const n = this.pos.length * 2;
    const pos = new Float64Array(n);
    pos.set(this.pos);
    const len = new Uint32Array(n);
    len.set(this.len);
    const prev = new Int32Array(n);
    prev.set(this.prev);
    this.pos = pos;
    this.len = len;
    this.prev = prev;
  }
}
