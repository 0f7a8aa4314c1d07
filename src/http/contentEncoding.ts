/**
 * Content negotiation on Accept-Encoding (RFC 9110, section 12.5.3), for files stored precompressed: which of the
 * codings a file is available in the client accepts, and which it prefers. Quality values decide; among equal
 * ones the smaller coding wins (br, then gzip, then identity). `q=0` refuses a coding, `*` stands for every coding
 * the header does not name, and identity is acceptable unless refused by name or by `*;q=0` (when unnamed, it is
 * the last resort: what a client lists comes first).
 */

/** The codings the dashboard's build writes beside a file, best first; identity is the file itself. */
export const CODINGS = ['br', 'gzip', 'identity'] as const;
export type Coding = (typeof CODINGS)[number];

/** identity's quality when the header names neither it nor `*`: above refusal, below the lowest listed (0.001) */
const UNLISTED_IDENTITY = 0.0001;

/** A coding's quality values from one Accept-Encoding header: lower-cased names; `*` when the header has it. */
function qualities(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const element of header.split(',')) {
    const [rawName = '', ...parameters] = element.split(';');
    let name = rawName.trim().toLowerCase();
    if (name === '') continue;
    if (name === 'x-gzip') name = 'gzip'; // RFC 9110: a recipient should treat x-gzip as gzip
    let quality = 1;
    for (const parameter of parameters) {
      const [key = '', value = ''] = parameter.split('=').map((part) => part.trim());
      if (key.toLowerCase() !== 'q') continue;
      // qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ); an element with a malformed one is ignored
      quality = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number(value) : Number.NaN;
    }
    if (Number.isNaN(quality)) continue;
    // a coding named twice keeps its first quality, as most servers read it
    if (!result.has(name)) result.set(name, quality);
  }
  return result;
}

/**
 * The coding to answer with, among `available` (identity should always be among them: it is the file itself), for
 * a request's Accept-Encoding header; null when the client refuses every one of them (a 406).
 */
export function chooseCoding(header: string | undefined, available: readonly Coding[]): Coding | null {
  // no header: the client said nothing about codings; only identity is safe to send
  if (header === undefined) return available.includes('identity') ? 'identity' : null;
  const accepted = qualities(header);
  const wildcard = accepted.get('*');
  let best: Coding | null = null;
  let bestQuality = 0;
  for (const coding of CODINGS) {
    if (!available.includes(coding)) continue;
    // identity is acceptable by default, but below every coding the client lists (a header listing only
    // `gzip;q=0.5` still asks for gzip); another coding is acceptable only when named or covered by *
    const quality = accepted.get(coding) ?? wildcard ?? (coding === 'identity' ? UNLISTED_IDENTITY : 0);
    // CODINGS is in order of preference, so an equal quality later on does not replace an earlier coding
    if (quality > bestQuality) {
      best = coding;
      bestQuality = quality;
    }
  }
  return best;
}

/**
 * Whether an If-None-Match header matches a representation's entity tag (RFC 9110, section 13.1.2: weak
 * comparison, so W/"x" matches "x"; `*` matches any current representation).
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === wanted);
}
