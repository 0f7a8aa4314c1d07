/**
 * What a page's loads cost on the wire, as Chromium reports it over the DevTools protocol: each response's
 * encodedDataLength (headers and body as sent, so compressed when it was) when it finished loading. Used by the
 * first-visit byte budget (tests/e2e/firstVisit.test.ts) and by bench/firstView.ts.
 */
import type { Page } from 'playwright-core';

export interface Transfer {
  url: string;
  /** bytes on the wire: headers and encoded body */
  bytes: number;
  /** the response's Content-Encoding, identity when it had none */
  encoding: string;
}

/** Starts recording the page's responses; the returned function lists those finished so far (WebSockets left out). */
export async function recordTransfers(page: Page): Promise<() => Transfer[]> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  const responses = new Map<string, { url: string; encoding: string }>();
  const transfers: Transfer[] = [];
  session.on('Network.responseReceived', (event) => {
    const encoding = Object.entries(event.response.headers).find(
      ([name]) => name.toLowerCase() === 'content-encoding',
    )?.[1];
    responses.set(event.requestId, { url: event.response.url, encoding: encoding ? String(encoding) : 'identity' });
  });
  session.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (response) transfers.push({ ...response, bytes: event.encodedDataLength });
  });
  return () => transfers.filter((transfer) => /^https?:/.test(transfer.url));
}

export function totalBytes(transfers: Transfer[]): number {
  return transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
}
