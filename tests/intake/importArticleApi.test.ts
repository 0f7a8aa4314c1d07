/**
 * The importArticle mutation over HTTP: an editor imports one drafted article, accepted as drafted or edited, in
 * one transaction; anything more than one article, or a review, is refused with nothing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemsOf, refuse, startWriteServer, succeed, type Json, type WriteServer } from '../support/writeServer.js';
import { BRIDGE_ARTICLE } from './articles.js';

const DRAFT = /* GraphQL */ `
  mutation Draft($input: DraftDocumentInput!) {
    draftDocument(input: $input) {
      documentSlug
      attributions {
        content {
          exact
        }
        statementSlug
      }
      dataset
      texts {
        document
        text
      }
    }
  }
`;

const IMPORT_ARTICLE = /* GraphQL */ `
  mutation ImportArticle($dataset: JSON!, $texts: [HeldTextInput!]!) {
    importArticle(dataset: $dataset, texts: $texts) {
      counts {
        kind
        count
      }
      merged {
        importedSlug
      }
    }
  }
`;

const COUNTS = /* GraphQL */ `
  {
    statements {
      totalCount
    }
    documents {
      totalCount
    }
    people {
      totalCount
    }
  }
`;

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
});

afterAll(async () => {
  await server?.close();
});

async function draftOf(text: string): Promise<Json> {
  return (await succeed(server.as('editor', DRAFT, { input: { text } }))).draftDocument;
}

describe('importArticle', () => {
  it('is refused without a token, and the graph is unchanged', async () => {
    const before = await succeed(server.as(null, COUNTS));
    const draft = await draftOf(BRIDGE_ARTICLE);
    await refuse(server.as(null, IMPORT_ARTICLE, { dataset: draft.dataset, texts: draft.texts }), 'UNAUTHENTICATED');
    expect(await succeed(server.as(null, COUNTS))).toEqual(before);
  });

  it('refuses a dataset of two held documents, or one carrying a review, naming the field; nothing is stored', async () => {
    const before = await succeed(server.as(null, COUNTS));
    const draft = await draftOf(BRIDGE_ARTICLE);
    const twoTexts = [...draft.texts, { document: 'another-article', text: 'Another article.' }];
    const refused = await refuse(
      server.as('editor', IMPORT_ARTICLE, { dataset: draft.dataset, texts: twoTexts }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(refused.error)).toContainEqual({
      field: 'texts',
      message: 'an article has exactly one held text, got 2',
    });
    const withReview = {
      ...draft.dataset,
      reviews: [
        {
          slug: 'a-review',
          claim: 'no-such-claim',
          ratingValue: 1,
          ratingLabel: 'False',
          explanation: 'An editor may not publish a verdict through an import.',
          reviewer: 'Editor',
          reviewedAt: '2024-03-06',
          sources: [{ url: 'https://example.org/source', title: 'A source' }],
        },
      ],
    };
    const reviewRefused = await refuse(
      server.as('editor', IMPORT_ARTICLE, { dataset: withReview, texts: draft.texts }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(reviewRefused.error).map((problem) => problem.field)).toContain('dataset.reviews');
    expect(await succeed(server.as(null, COUNTS))).toEqual(before);
  });

  it('reports the dataset problems of an edited draft with their fields, and stores nothing', async () => {
    const before = await succeed(server.as(null, COUNTS));
    const draft = await draftOf(BRIDGE_ARTICLE);
    const broken = structuredClone(draft.dataset);
    broken.statements[0].speaker = 'nobody-known-by-this-slug';
    const refused = await refuse(
      server.as('editor', IMPORT_ARTICLE, { dataset: broken, texts: draft.texts }),
      'BAD_USER_INPUT',
    );
    const fields = problemsOf(refused.error).map((problem) => problem.field);
    expect(fields).toContain(`dataset.statements[0] (${broken.statements[0].slug}).speaker`);
    expect(await succeed(server.as(null, COUNTS))).toEqual(before);
  });

  it('imports an accepted draft for an editor, with one statement rejected, and its statements are found at once', async () => {
    const before = await succeed(server.as(null, COUNTS));
    const draft = await draftOf(BRIDGE_ARTICLE);
    expect(draft.dataset.statements.length).toBeGreaterThan(1);
    const [rejected, ...accepted] = draft.dataset.statements;
    const dataset = {
      ...draft.dataset,
      statements: accepted,
      claims: (draft.dataset.claims ?? []).filter(
        (claim: Json) => !claim.appearances.some((appearance: Json) => appearance.statement === rejected.slug),
      ),
    };
    const imported = (await succeed(server.as('editor', IMPORT_ARTICLE, { dataset, texts: draft.texts })))
      .importArticle;
    expect(imported.counts).toContainEqual({ kind: 'statement', count: accepted.length });
    const after = await succeed(server.as(null, COUNTS));
    expect(after.statements.totalCount).toBe(before.statements.totalCount + accepted.length);
    expect(after.documents.totalCount).toBe(before.documents.totalCount + 1);

    const found = await succeed(
      server.as(null, `query Q($speaker: String!) { statements(filter: { speaker: $speaker }) { nodes { slug } } }`, {
        speaker: accepted[0].speaker,
      }),
    );
    expect(found.statements.nodes.map((node: Json) => node.slug)).toContain(accepted[0].slug);
    const searched = await succeed(
      server.as(
        null,
        `query Q($q: String!) { search(query: $q, kinds: [STATEMENT]) { nodes { node { ... on Statement { slug } } } } }`,
        {
          q: rejected.quote.split(/\s+/).slice(0, 4).join(' '),
        },
      ),
    );
    expect(searched.search.nodes.map((hit: Json) => hit.node.slug)).not.toContain(rejected.slug);
  });
});
