/**
 * Debian's Chromium driven by playwright-core, as the end-to-end tests use it: headless, no sandbox (CI runs as
 * root), nothing fetched in the background (this machine's network is closed), a fresh profile per launch
 * (playwright-core makes one in a temporary folder). Never `npx playwright install`: the browser comes from
 * `apt-get install -y chromium`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CLAIMGRAPH_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** CI sets CLAIMGRAPH_REQUIRE_BROWSER=1: there a missing Chromium is a failure, not a skip. */
export const BROWSER_REQUIRED = process.env.CLAIMGRAPH_REQUIRE_BROWSER === '1';

/** Why the browser tests cannot run here, or null when they can. */
export const BROWSER_UNAVAILABLE = existsSync(CHROMIUM_PATH)
  ? null
  : `Chromium is not at ${CHROMIUM_PATH} (apt-get update && apt-get install -y chromium)`;

/** Skip the browser tests, saying why, on a machine without Chromium (a laptop); never in CI. */
export const SKIP_BROWSER_TESTS = BROWSER_UNAVAILABLE !== null && !BROWSER_REQUIRED;
if (SKIP_BROWSER_TESTS) console.warn(`Skipping the browser tests: ${BROWSER_UNAVAILABLE}`);

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM_PATH}, and it is not there. Install Debian's package: ` +
        '`apt-get update && apt-get install -y chromium` (never `npx playwright install`); .ci/run installs it in CI.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** Console errors, page errors and Content-Security-Policy violations of a page, for checks and for messages. */
export function watchConsole(page: Page, into: string[]): void {
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') into.push(`${page.url()}: console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => into.push(`${page.url()}: uncaught: ${error.message}`));
}
