/**
 * The writer process of the crash test (tests/security/crashTest.test.ts): opens the SQLite store the way the
 * server does, seeds an empty database with the article's fixture, then writes in a loop through the same path as
 * the `addClaim` and `reviewClaim` mutations (writeRecord: the dataset validator against what is stored, then one
 * `writeDataset` transaction with its history entries), printing each acknowledged write once its transaction has
 * committed. The test kills it with SIGKILL at random moments and checks that everything acknowledged survived,
 * whole.
 *
 *   node --import tsx tests/support/crashWriter.ts DATABASE_FILE ROUND
 *
 * Output, one line each, written synchronously (so a line exists only for a committed write):
 *   ready <claims in the database>
 *   claim <slug>                      the claim (claims + claim_about + appearance + evidence + slug + CREATE change)
 *   review <slug> <claim-slug> <1-5>  a review (reviews + slug + REVIEW change + the claim's new status + STATUS change)
 * The loop never ends by itself: it runs until it is killed (or until MAX_WRITES, a guard against a runaway child).
 */
import { writeSync } from 'node:fs';
import { RATING_LABELS } from '../../src/domain/claimStatus.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { writeRecord } from '../../src/graphql/writeRecord.js';
import { loadDatasetFile } from '../../src/ingest/loadDatasetFile.js';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.js';
import type { Actor } from '../../src/auth/tokens.js';
import type { ClaimRecord, ReviewRecord } from '../../src/domain/dataset.js';
import { DEFAULT_SEED_DATASET } from '../../src/config/config.js';

/** Every slug the writer creates starts with this. */
const CRASH_SLUG_PREFIX = 'crash-';

/** The article's span the writer's claims appear at (the fixture's "60,000 votes" claim's own span). */
const CRASH_CLAIM_EVIDENCE = {
  document: 'thesource-legend-west',
  start: 2182,
  end: 2267,
  exact: 'West received about 60,000 votes out of an estimated total of 160 million in the 2020',
};

const MAX_WRITES = 20_000;

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

async function main(): Promise<void> {
  const [databaseFile, roundText] = process.argv.slice(2);
  if (!databaseFile || !roundText || !/^\d+$/.test(roundText)) {
    console.error('usage: crashWriter.ts DATABASE_FILE ROUND');
    process.exit(2);
  }
  const store = SqliteStore.open(databaseFile);
  if (await store.isEmpty()) {
    // as the server's first start does (startServer's seedIfEmpty, without loading the HTTP stack: a quicker start)
    const { dataset, heldTexts } = await loadDatasetFile(DEFAULT_SEED_DATASET);
    await store.writeDatasetIfEmpty(dataset, heldTexts, { actor: 'claimgraph (first start)', action: 'IMPORT' });
  }
  const context = { store } as unknown as GraphQLContext;
  const editor: Actor = { name: 'crash-editor', role: 'editor' };
  const reviewer: Actor = { name: 'crash-reviewer', role: 'reviewer' };
  const existing = await store.countClaims({ includeRetracted: true });
  say(`ready ${existing}`);

  // a cheap deterministic sequence of ratings and review counts, different in every round
  let seed = Number(roundText) * 7919 + 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

  for (let i = 0; i < MAX_WRITES; i++) {
    const claimSlug = `${CRASH_SLUG_PREFIX}claim-${roundText}-${i}`;
    const claim: ClaimRecord = {
      slug: claimSlug,
      text: `Crash-test claim ${i} of round ${roundText}.`,
      claimants: [{ entity: 'the-source', evidence: [CRASH_CLAIM_EVIDENCE] }],
      about: ['kanye-west'],
      status: 'UNREVIEWED',
      appearances: [{ evidence: CRASH_CLAIM_EVIDENCE }],
    };
    await writeRecord(context, editor, 'claims', claim);
    say(`claim ${claimSlug}`);
    // one to three reviews, so that claims go UNREVIEWED -> REVIEWED and sometimes REVIEWED -> DISPUTED
    const reviews = 1 + Math.floor(next() * 3);
    for (let r = 0; r < reviews; r++) {
      const ratingValue = 1 + Math.floor(next() * 5);
      const reviewSlug = `${CRASH_SLUG_PREFIX}review-${roundText}-${i}-${r}`;
      const review: ReviewRecord = {
        slug: reviewSlug,
        claim: claimSlug,
        ratingValue,
        ratingLabel: RATING_LABELS[ratingValue],
        explanation: `Crash-test review ${r} of claim ${i}.`,
        reviewer: reviewer.name,
        reviewedAt: new Date().toISOString(),
        sources: [{ url: 'https://example.org/crash-test', title: 'Crash test source' }],
      };
      await writeRecord(context, reviewer, 'reviews', review, { action: 'REVIEW' });
      say(`review ${reviewSlug} ${claimSlug} ${ratingValue}`);
    }
  }
  await store.close();
}

await main();
