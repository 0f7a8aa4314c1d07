/**
 * Writes the verified claims followed by N seeded synthetic claims (syntheticClaims.ts) as one verified-claims TSV,
 * so `npm run eval:claims` can measure the API on a graph of a million claims:
 *
 *   npx tsx bench/retrieval/writeSyntheticClaims.ts --claims verified_claims.docs.tsv --count 1000000 --out padded.tsv
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadClaims } from './clefData.js';
import { syntheticClaims } from './syntheticClaims.js';

const { values } = parseArgs({
  options: {
    claims: { type: 'string' },
    count: { type: 'string', default: '1000000' },
    out: { type: 'string' },
  },
});
const { claims, out: outPath } = values;
if (!claims || !outPath) throw new Error('--claims and --out are required');
const count = Number(values.count);
if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a whole number, got ${values.count}`);

const out = createWriteStream(outPath);
out.write(readFileSync(claims, 'utf8').replace(/\n*$/, '\n'));
const real = loadClaims(claims).map((c) => ({ text: c.vclaim, headline: c.title }));
// A field starting with a double quote would read as a quoted field running on to the next quote: drop them.
const plain = (s: string) => s.replace(/"/g, '');
for (const c of syntheticClaims(real, count)) out.write(`${c.id}\t${plain(c.text)}\t${plain(c.headline ?? '')}\n`);
out.end(() => console.log(`wrote ${outPath}: the verified claims and ${count} synthetic claims`));
