/**
 * Waiting for a server to rank similar claims by meaning: it embeds its claims in the background after it starts
 * (a few seconds for the fixture), and ranks by words until then.
 */
interface GraphqlServer {
  graphql(query: string, variables?: Record<string, unknown>): Promise<{ body: unknown }>;
}

const RANKING = `query ($text: String!) { similarClaims(text: $text, first: 1) { ranking } }`;

/** Asks `text` until the server answers `ranking: SEMANTIC`, at most ~60 s; throws past that. */
export async function untilSemanticRanking(server: GraphqlServer, text: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const { body } = await server.graphql(RANKING, { text });
    if ((body as { data?: { similarClaims?: { ranking?: string } } }).data?.similarClaims?.ranking === 'SEMANTIC') {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not rank similar claims by meaning within 60 s (text: ${JSON.stringify(text)})`);
}
