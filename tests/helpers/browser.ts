// Debian's Chromium, driven by playwright-core; the flags keep it off the network,
// which this machine closes.
import { after, before } from 'node:test';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { serveSite } from '../../src/site/serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

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
