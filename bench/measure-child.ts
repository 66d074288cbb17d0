/** Runs disclose's CLI in this process and reports peak resident memory (kB) on exit, for the benchmark. */
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
const bin = process.argv[2]!;
process.argv.splice(1, 2, bin);
await import(bin);
