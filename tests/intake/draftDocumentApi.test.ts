/**
 * The draftDocument mutation over HTTP, against a server seeded with the fixture: who may call it, what it answers
 * for a new article, that its dataset imports through importDataset, that bad input is BAD_USER_INPUT, and that it
 * stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/intake/index.js';
import { problemsOf, refuse, startWriteServer, succeed, type WriteServer } from '../support/writeServer.js';
import { BRIDGE_ARTICLE, bridgePage, NARRATION_ONLY } from './articles.js';

const DRAFT = /* GraphQL */ `
  mutation Draft($input: DraftDocumentInput!) {
    draftDocument(input: $input) {
      text
      title
      documentSlug
      byline
      attributions {
        content {
          start
          end
          exact
        }
        cue {
          start
          end
          exact
        }
        source {
          start
          end
          exact
        }
        speaker
        speakerEntity {
          slug
          name
        }
        direct
        confidence
        statementSlug
      }
      proposedEntities {
        slug
        name
        type
        mentions {
          start
          end
          exact
        }
      }
      dataset
      texts {
        document
        text
      }
      notes
    }
  }
`;

const IMPORT = /* GraphQL */ `
  mutation Import($dataset: JSON!, $texts: [HeldTextInput!]!) {
    importDataset(dataset: $dataset, texts: $texts) {
      counts {
        kind
        count
      }
      merged {
        importedSlug
        entity {
          slug
        }
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
    outlets {
      totalCount
    }
    organizations {
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

const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('draftDocument', () => {
  it('needs a token: without one, or with an unknown one, it is UNAUTHENTICATED', async () => {
    const input = { text: BRIDGE_ARTICLE };
    const anonymous = await refuse(server.as(null, DRAFT, { input }), 'UNAUTHENTICATED');
    expect(anonymous.error.message).toContain('draftDocument needs a token');
    const forged = await refuse(
      server.graphql(DRAFT, { input }, { headers: { authorization: 'Bearer not-a-token-of-anyone-0000' } }),
      'UNAUTHENTICATED',
    );
    expect(forged.data).toBeNull();
  });

  it('drafts a new article for an editor, stores nothing, and its dataset imports through importDataset', async () => {
    const before = await succeed(server.as(null, COUNTS));
    const draft = (
      await succeed(
        server.as('editor', DRAFT, {
          input: { text: BRIDGE_ARTICLE, url: 'https://courier.example.org/bridge', published: '2024-03-05' },
        }),
      )
    ).draftDocument;
    expect(await succeed(server.as(null, COUNTS))).toEqual(before);

    expect(draft.text).toBe(BRIDGE_ARTICLE);
    expect(draft.title).toBe('Riverside council approves the Harbor Street bridge');
    for (const attribution of draft.attributions) {
      for (const span of [attribution.content, attribution.cue, attribution.source]) {
        if (span !== null) expect(codePointSlice(draft.text, span.start, span.end)).toBe(span.exact);
      }
    }
    const okonkwo = draft.attributions.find((a: any) => a.content.exact.startsWith('This bridge will reconnect'));
    expect(okonkwo).toMatchObject({ speaker: 'Mara Okonkwo', speakerEntity: null, direct: true });
    const legend = draft.attributions.find((a: any) => a.content.exact.startsWith('Music brought people together'));
    expect(legend).toMatchObject({ speakerEntity: { slug: 'john-legend', name: 'John Legend' }, direct: true });
    expect(draft.proposedEntities).toContainEqual(
      expect.objectContaining({ slug: 'mara-okonkwo', name: 'Mara Okonkwo', type: 'PERSON' }),
    );
    expect(draft.texts).toEqual([{ document: draft.documentSlug, text: BRIDGE_ARTICLE }]);

    const statement = draft.dataset.statements.find((s: any) => s.slug === okonkwo.statementSlug);
    expect(statement).toMatchObject({
      speaker: 'mara-okonkwo',
      quote: okonkwo.content.exact,
      isDirectQuote: true,
      attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
    });

    const imported = (await succeed(server.as('admin', IMPORT, { dataset: draft.dataset, texts: draft.texts })))
      .importDataset;
    expect(imported.merged.map((m: any) => m.entity.slug)).toContain('john-legend');
    const after = await succeed(server.as(null, COUNTS));
    expect(after.statements.totalCount).toBe(before.statements.totalCount + draft.dataset.statements.length);
    expect(after.documents.totalCount).toBe(before.documents.totalCount + 1);

    const found = await succeed(
      server.as(
        null,
        `{
          byOkonkwo: statements(filter: { speaker: "mara-okonkwo" }) { nodes { quote isDirectQuote reportedIn { slug } } }
          byLegend: statements(filter: { speaker: "john-legend", text: "Music brought people" }) { nodes { slug quote } }
          search(query: "neighbourhoods", kinds: [STATEMENT]) { nodes { node { ... on Statement { slug } } } }
        }`,
      ),
    );
    expect(found.byOkonkwo.nodes).toEqual([
      { quote: okonkwo.content.exact, isDirectQuote: true, reportedIn: [{ slug: draft.documentSlug }] },
    ]);
    expect(found.byLegend.nodes).toEqual([{ slug: legend.statementSlug, quote: legend.content.exact }]);
    expect(found.search.nodes.map((hit: any) => hit.node.slug)).toContain(okonkwo.statementSlug);
  });

  it('drafting an article already imported matches its new speaker and picks a document slug still free', async () => {
    // the test above imported the article: its document and Mara Okonkwo are in the graph now
    const draft = (await succeed(server.as('reviewer', DRAFT, { input: { text: BRIDGE_ARTICLE } }))).draftDocument;
    expect(draft.proposedEntities.map((e: any) => e.name)).not.toContain('Mara Okonkwo');
    const okonkwo = draft.attributions.find((a: any) => a.speaker === 'Mara Okonkwo');
    expect(okonkwo.speakerEntity).toEqual({ slug: 'mara-okonkwo', name: 'Mara Okonkwo' });
    expect(draft.documentSlug).toBe('riverside-council-approves-the-harbor-street-bridge-2');
  });

  it('reads a saved page for its article text, scripts and frames removed unrun', async () => {
    const draft = (await succeed(server.as('editor', DRAFT, { input: { html: bridgePage('/tmp/never') } })))
      .draftDocument;
    expect(draft.title).toBe('Riverside council approves the Harbor Street bridge');
    expect(draft.byline).toBe('Dana Whitfield');
    expect(draft.dataset.documents[0].published).toBe('2024-03-05');
    expect(draft.text).toContain('said Mara Okonkwo');
    expect(draft.text).not.toContain('writeFileSync');
  });

  it('answers an article in which nobody speaks with an empty draft', async () => {
    const draft = (await succeed(server.as('editor', DRAFT, { input: { text: NARRATION_ONLY } }))).draftDocument;
    expect(draft.attributions).toEqual([]);
    expect(draft.dataset.statements).toEqual([]);
  });

  it.each([
    ['neither text nor html', {}, 'input', 'exactly one of text and html'],
    ['both text and html', { text: 'a', html: '<p>a</p>' }, 'input', 'exactly one of text and html'],
    ['an empty text', { text: ' \n ' }, 'input.text', 'the text is empty'],
    ['a text with NUL', { text: 'binary\u0000data' }, 'input.text', 'contains a NUL character (U+0000)'], // refused by the input caps, before drafting
    ['a lone surrogate', { text: 'broken \ud800 text' }, 'input.text', 'not valid Unicode text'],
    ['a page with no article text', { html: '<script>x()</script><iframe></iframe>' }, 'input.html', 'no article text'],
    ['a bad date', { text: BRIDGE_ARTICLE, published: '2024-02-30' }, 'input.published', 'is not a valid date'],
    ['a bad URL', { text: BRIDGE_ARTICLE, url: 'ftp://example.org/a' }, 'input.url', 'http or https'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_what, input, field, message) => {
    const { error } = await refuse(server.as('editor', DRAFT, { input }), 'BAD_USER_INPUT');
    expect(problemsOf(error)).toEqual([{ field, message: expect.stringContaining(message) }]);
  });

  it('refuses a text over the size limit as BAD_USER_INPUT', async () => {
    // at the default body limit the server refuses such a request before GraphQL sees it: raise it to reach the cap
    const roomy = await startWriteServer({
      seedDataset: null,
      env: { CLAIMGRAPH_BODY_LIMIT: String(3 * MAX_INPUT_BYTES) },
    });
    try {
      const text = `“Too long,” she said. ${'a'.repeat(MAX_INPUT_BYTES)}`;
      const { error } = await refuse(roomy.as('editor', DRAFT, { input: { text } }), 'BAD_USER_INPUT');
      expect(problemsOf(error)).toEqual([
        { field: 'input.text', message: expect.stringContaining(`may be at most ${MAX_INPUT_BYTES} characters long`) },
      ]);
    } finally {
      await roomy.close();
    }
  });
});
