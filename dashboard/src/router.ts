/**
 * Hash routes, so that the server only ever serves one page: `#/claims?status=UNREVIEWED`, `#/claim/<id>`,
 * `#/statement/<id>`, `#/people/<id>`, `#/paths?from=&to=`, `#/timeline/<id>`, `#/search?q=`, `#/document/<id>`,
 * `#/event/<id>`, `#/documents`, `#/events`, `#/new-article`.
 */
export interface Route {
  /** the path's segments, decoded: ['claim', '<id>'] */
  segments: string[];
  params: URLSearchParams;
}

export function parseRoute(hash: string = window.location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', query = ''] = raw.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  return { segments, params: new URLSearchParams(query) };
}

/** `#/claim/<id>?a=b`, with every part encoded; empty params are left out. */
export function href(
  segments: (string | number)[],
  params: Record<string, string | number | null | undefined> = {},
): string {
  const path = segments.map((segment) => encodeURIComponent(String(segment))).join('/');
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  }
  const search = query.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

export function navigate(target: string): void {
  if (window.location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = target;
}
