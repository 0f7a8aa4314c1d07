/**
 * A record's original address (where a document was published) as a link that leaves claimgraph: opened without
 * the dashboard's address as referrer and without a handle back to this page. Only http and https addresses are
 * links; anything else is shown as text, never followed.
 */
import { h } from '../dom.js';
import { isWebAddress, shortAddress } from '../format/webAddress.js';

export { isWebAddress } from '../format/webAddress.js';

/** The original address as a link, or `otherwise` (a note that there is none) when the record has none. */
export function originalUrlLink(url: string | null | undefined, otherwise: HTMLElement | string): HTMLElement | string {
  if (!url) return otherwise;
  if (!isWebAddress(url)) return h('span', { class: 'original-url' }, url);
  return h('a', { class: 'original-url', href: url, rel: 'noopener noreferrer', title: url }, shortAddress(url));
}
