/**
 * Vitest global set-up: unpack the packaged Chromium once, before the test files run in parallel,
 * so two browser tests never unpack it into the same place at the same time.
 */
import { chromiumPath } from '../helpers/chromium.js';

export default async function setup(): Promise<void> {
  await chromiumPath();
}
