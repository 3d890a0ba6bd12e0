// The built site served to Chromium (scripts/chromium.ts) for a test file.
import { after, before } from 'node:test';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { serveSite } from '../../src/site/serve.ts';
import { launchBrowser } from '../../scripts/chromium.ts';

export { CHROMIUM, launchBrowser } from '../../scripts/chromium.ts';

/** A test file's browser and the built site served to it, started before its tests and stopped after. */
export function browseSite(siteDir: () => string): { browser: () => Browser; base: () => string } {
  let browser: Browser;
  let server: Server;
  let base = '';
  before(async () => {
    server = await serveSite(siteDir(), 0);
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  return { browser: () => browser, base: () => base };
}
