/** Web addresses as the dashboard shows them: only http and https are followed, and long ones are shortened. */

/** At most this many characters of an address are shown. */
const SHOWN_LENGTH = 60;

function parsedWebAddress(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** True for an http or https address, the only ones shown as links. */
export function isWebAddress(url: string): boolean {
  return parsedWebAddress(url) !== null;
}

/** "thesource.com/2022/11/…": the address without its scheme, cut to a readable length. */
export function shortAddress(url: string): string {
  const parsed = parsedWebAddress(url);
  const bare = parsed ? `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}` : url;
  return bare.length > SHOWN_LENGTH ? `${bare.slice(0, SHOWN_LENGTH - 1)}…` : bare;
}
