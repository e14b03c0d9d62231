// Shared setup for browser tests: Debian's Chromium through playwright-core, a page that
// records console errors and every request to another origin.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium; CHROMIUM_PATH points elsewhere if it is not /usr/bin/chromium. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}

/**
 * Watches `page`: `errors` collects console errors and page errors; `foreign` collects requests
 * to any origin other than the app's own (data: and blob: URLs are the page's own).
 */
export function watch(page) {
  const errors = [];
  const foreign = [];
  const origin = new URL(BASE_URL).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return { errors, foreign };
}

/**
 * A fresh page at 1440×900 with Chinese locale, watched (see watch) from before it loads.
 */
export async function openPage(browser, path = '/') {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const { errors, foreign } = watch(page);
  await page.goto(BASE_URL + path);
  return { context, page, errors, foreign };
}
