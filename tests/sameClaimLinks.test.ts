/**
 * An editor links two claims as the same claim (linkSameClaim) and removes the link with a reason
 * (unlinkSameClaim), through GraphQL over HTTP: the link reads from both claims (`sameClaims`), linking again
 * changes nothing, and every link and unlink is in both claims' history with its actor. Refusals (no token, a
 * refused token, one claim twice, an unknown id, the id of another type, a retracted claim, an empty reason) are
 * typed errors that write nothing. The tests run in order, as one story.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  globalId,
  refuse,
  startWriteServer,
  succeed,
  TOKENS,
  type Json,
  type TestRole,
  type WriteServer,
} from './support/writeServer.js';

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
});

afterAll(async () => {
  await server?.close();
});

const FELL_OUT = globalId('Claim', 'fell-out-over-trump');
const REAL_CAUSE = globalId('Claim', 'legend-real-cause');
const DEMOCRATS = globalId('Claim', 'used-by-democrats');
const VOTES = globalId('Claim', 'west-60000-votes');

const LINK = `mutation Link($input: LinkSameClaimInput!) {
  linkSameClaim(input: $input) { changed claim { id sameClaims { id } } sameAs { id sameClaims { id } } }
}`;
const UNLINK = `mutation Unlink($input: UnlinkSameClaimInput!) {
  unlinkSameClaim(input: $input) { changed claim { id sameClaims { id } } sameAs { id sameClaims { id } } }
}`;

function link(role: TestRole | null, claim: string, sameAs: string, reason?: string) {
  return server.as(role, LINK, { input: { claim, sameAs, ...(reason === undefined ? {} : { reason }) } });
}

function unlink(role: TestRole | null, claim: string, sameAs: string, reason: string) {
  return server.as(role, UNLINK, { input: { claim, sameAs, reason } });
}

async function sameClaimsOf(id: string): Promise<string[]> {
  const data = await succeed(
    server.graphql('query ($id: ID!) { node(id: $id) { ... on Claim { sameClaims { id } } } }', { id }),
  );
  return (data.node.sameClaims as Json[]).map((claim) => claim.id as string);
}

async function historyOf(id: string): Promise<Json[]> {
  const data = await succeed(
    server.graphql(
      'query ($id: ID!) { history(id: $id, first: 100) { nodes { action actor summary before after } } }',
      {
        id,
      },
    ),
  );
  return data.history.nodes as Json[];
}

const linkEntries = async (id: string) =>
  (await historyOf(id)).filter((change) => change.action === 'LINK' || change.action === 'UNLINK');

describe('linking two claims as the same claim', () => {
  it('an editor links two claims; the payload says it changed and both claims list each other', async () => {
    const data = await succeed(link('editor', FELL_OUT, REAL_CAUSE, '  The same falling-out, worded apart.  '));
    expect(data.linkSameClaim).toEqual({
      changed: true,
      claim: { id: FELL_OUT, sameClaims: [{ id: REAL_CAUSE }] },
      sameAs: { id: REAL_CAUSE, sameClaims: [{ id: FELL_OUT }] },
    });
    expect(await sameClaimsOf(FELL_OUT)).toEqual([REAL_CAUSE]);
    expect(await sameClaimsOf(REAL_CAUSE)).toEqual([FELL_OUT]);
  });

  it('the link is in both claims’ history, by the editor, with the trimmed reason and the other claim', async () => {
    expect(await linkEntries(FELL_OUT)).toEqual([
      {
        action: 'LINK',
        actor: TOKENS.editor.name,
        summary: 'linked as the same claim as claim legend-real-cause: The same falling-out, worded apart.',
        before: null,
        after: { sameClaim: 'legend-real-cause', reason: 'The same falling-out, worded apart.' },
      },
    ]);
    expect(await linkEntries(REAL_CAUSE)).toEqual([
      expect.objectContaining({
        action: 'LINK',
        actor: TOKENS.editor.name,
        after: { sameClaim: 'fell-out-over-trump', reason: 'The same falling-out, worded apart.' },
      }),
    ]);
  });

  it('linking the pair again, from either side, changes nothing and logs nothing', async () => {
    const again = await succeed(link('editor', FELL_OUT, REAL_CAUSE));
    expect(again.linkSameClaim.changed).toBe(false);
    const reversed = await succeed(link('reviewer', REAL_CAUSE, FELL_OUT, 'again'));
    expect(reversed.linkSameClaim.changed).toBe(false);
    expect(await linkEntries(FELL_OUT)).toHaveLength(1);
    expect(await linkEntries(REAL_CAUSE)).toHaveLength(1);
    expect(await sameClaimsOf(FELL_OUT)).toEqual([REAL_CAUSE]);
  });

  it('a claim links to several: reviewers and admins may link too, without a reason', async () => {
    expect((await succeed(link('admin', DEMOCRATS, FELL_OUT))).linkSameClaim.changed).toBe(true);
    expect(await sameClaimsOf(FELL_OUT)).toEqual([REAL_CAUSE, DEMOCRATS]);
    expect(await sameClaimsOf(DEMOCRATS)).toEqual([FELL_OUT]);
    const [entry] = await linkEntries(DEMOCRATS);
    expect(entry).toMatchObject({
      action: 'LINK',
      actor: TOKENS.admin.name,
      summary: 'linked as the same claim as claim fell-out-over-trump',
      after: { sameClaim: 'fell-out-over-trump', reason: null },
    });
  });
});

describe('unlinking', () => {
  it('an editor unlinks with a reason, from the other side; both claims stop listing each other', async () => {
    const data = await succeed(unlink('editor', REAL_CAUSE, FELL_OUT, 'Different quarrels after all.'));
    expect(data.unlinkSameClaim).toEqual({
      changed: true,
      claim: { id: REAL_CAUSE, sameClaims: [] },
      sameAs: { id: FELL_OUT, sameClaims: [{ id: DEMOCRATS }] },
    });
    expect(await sameClaimsOf(REAL_CAUSE)).toEqual([]);
    expect(await sameClaimsOf(FELL_OUT)).toEqual([DEMOCRATS]);
  });

  it('the unlink is in both histories after the link, with its actor and reason', async () => {
    for (const [id, other] of [
      [FELL_OUT, 'legend-real-cause'],
      [REAL_CAUSE, 'fell-out-over-trump'],
    ] as const) {
      const entries = (await linkEntries(id)).filter(
        (change) => change.after?.unlinked === other || change.after?.sameClaim === other,
      );
      expect(entries.map((change) => change.action)).toEqual(['LINK', 'UNLINK']);
      expect(entries[1]).toEqual({
        action: 'UNLINK',
        actor: TOKENS.editor.name,
        summary: `unlinked from claim ${other}: Different quarrels after all.`,
        before: { sameClaim: other },
        after: { sameClaim: null, unlinked: other, reason: 'Different quarrels after all.' },
      });
    }
  });

  it('unlinking claims that are not linked changes nothing', async () => {
    const data = await succeed(unlink('editor', REAL_CAUSE, FELL_OUT, 'Still different.'));
    expect(data.unlinkSameClaim.changed).toBe(false);
    expect((await linkEntries(REAL_CAUSE)).map((change) => change.action)).toEqual(['LINK', 'UNLINK']);
  });

  it('an unlinked pair can be linked again, and reads as linked', async () => {
    expect((await succeed(link('editor', FELL_OUT, REAL_CAUSE))).linkSameClaim.changed).toBe(true);
    expect(await sameClaimsOf(REAL_CAUSE)).toEqual([FELL_OUT]);
    expect((await linkEntries(REAL_CAUSE)).map((change) => change.action)).toEqual(['LINK', 'UNLINK', 'LINK']);
  });

  it('an unlink needs a reason that is not blank', async () => {
    const { error } = await refuse(unlink('editor', FELL_OUT, REAL_CAUSE, '   '), 'BAD_USER_INPUT');
    expect(error.extensions?.argumentPath).toBe('input.reason');
    expect(await sameClaimsOf(FELL_OUT)).toContain(REAL_CAUSE);
  });
});

describe('refusals write nothing', () => {
  const unchanged = async (check: () => Promise<unknown>) => {
    const before = [await linkEntries(FELL_OUT), await linkEntries(VOTES), await sameClaimsOf(FELL_OUT)];
    await check();
    expect([await linkEntries(FELL_OUT), await linkEntries(VOTES), await sameClaimsOf(FELL_OUT)]).toEqual(before);
  };

  it('without a token: UNAUTHENTICATED', async () => {
    await unchanged(async () => {
      const { error } = await refuse(link(null, FELL_OUT, VOTES), 'UNAUTHENTICATED');
      expect(error.message).toContain('linkSameClaim needs a token');
      await refuse(unlink(null, FELL_OUT, REAL_CAUSE, 'no'), 'UNAUTHENTICATED');
    });
  });

  it('with a token the server does not know: UNAUTHENTICATED', async () => {
    await unchanged(async () => {
      const { body } = await server.graphql(
        LINK,
        { input: { claim: FELL_OUT, sameAs: VOTES } },
        {
          headers: { authorization: 'Bearer not-a-token-of-anyone-0123456789' },
        },
      );
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });
  });

  it('one claim twice: BAD_USER_INPUT on sameAs', async () => {
    await unchanged(async () => {
      const { error } = await refuse(link('editor', FELL_OUT, FELL_OUT), 'BAD_USER_INPUT');
      expect(error.extensions?.argumentPath).toBe('input.sameAs');
      expect(error.message).toContain('cannot be linked to itself');
    });
  });

  it('an unknown claim id: NOT_FOUND naming the argument', async () => {
    await unchanged(async () => {
      const { error } = await refuse(link('editor', FELL_OUT, globalId('Claim', 'no-such-claim')), 'NOT_FOUND');
      expect(error.extensions?.argumentPath).toBe('input.sameAs');
    });
  });

  it('the id of another type, a slug, or no id at all: BAD_USER_INPUT naming the argument', async () => {
    await unchanged(async () => {
      const person = await refuse(link('editor', globalId('Person', 'kanye-west'), FELL_OUT), 'BAD_USER_INPUT');
      expect(person.error.extensions?.argumentPath).toBe('input.claim');
      expect(person.error.message).toContain('not a Claim');
      const slug = await refuse(link('editor', FELL_OUT, 'west-60000-votes'), 'BAD_USER_INPUT');
      expect(slug.error.extensions?.argumentPath).toBe('input.sameAs');
    });
  });

  it('a retracted claim: BAD_USER_INPUT, and the claim it was linked to no longer lists it', async () => {
    await succeed(link('editor', DEMOCRATS, VOTES));
    await succeed(
      server.as('admin', 'mutation ($id: ID!) { retract(id: $id, reason: "duplicate") { node { id } } }', {
        id: VOTES,
      }),
    );
    expect(await sameClaimsOf(DEMOCRATS)).toEqual([FELL_OUT]);
    await unchanged(async () => {
      const { error } = await refuse(link('editor', FELL_OUT, VOTES), 'BAD_USER_INPUT');
      expect(error.extensions?.argumentPath).toBe('input.sameAs');
      expect(error.message).toContain('retracted');
    });
  });

  it('a reason over its cap is refused before anything runs, naming the cap', async () => {
    const { status, body } = await link('editor', FELL_OUT, VOTES, 'a'.repeat(2_001));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentPath: 'input.reason',
      cap: 'reason',
      max: 2_000,
    });
  });
});
