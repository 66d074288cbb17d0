/** A progress bar on standard error when it is a terminal; nothing otherwise or with --quiet. */
export class Progress {
  private last = -1;
  constructor(private readonly write: ((s: string) => void) | undefined, private readonly total: number, private readonly label: string) {}
  tick(done: number): void {
    if (!this.write || this.total === 0) return;
    const pct = Math.floor((done / this.total) * 100);
    if (pct === this.last) return;
    this.last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    this.write(`\r${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct}% (${done}/${this.total})`);
  }
  done(): void {
    if (this.write && this.total > 0) this.write('\n');
  }
}
