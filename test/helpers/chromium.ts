/**
 * The Chromium the browser tests drive through playwright-core: `CHROMIUM_PATH` when set, else the
 * build that the `@sparticuz/chromium` dev dependency ships inside its npm package (unpacked to the
 * system's temporary folder on first use), so `npm ci && npm test` needs no system browser.
 */
import chromium from '@sparticuz/chromium';

/** Flags for a headless run on a machine with no network but the loopback. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function chromiumPath(): Promise<string> {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return given;
  return chromium.executablePath();
}
