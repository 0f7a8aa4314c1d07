/**
 * GraphiQL at /graphiql, bundled (no CDN). This entry is small on purpose: it starts, all at once, the three
 * things the explorer waits for, so that their downloads and compilation overlap instead of following each other:
 *
 * - the introspection request, which also says whether this server allows introspection (CLAIMGRAPH_INTROSPECTION=1,
 *   or development mode) and so what the page's help may promise: docs and completion, or schema.graphql;
 * - GraphiQL itself (explorer.ts, a chunk of its own);
 * - the Monaco editor, which GraphiQL would otherwise only request once it has rendered.
 */
import 'graphiql/setup-workers/vite';
import './graphiql.css';
import { requestIntrospection } from './introspection.js';

const introspection = requestIntrospection(`${window.location.origin}/graphql`);
const explorer = import('./explorer.js');
// the very modules @graphiql/react's Monaco store imports after its first render (the same chunks, fetched once)
// (a failure here is left to GraphiQL, which imports them again and shows its own error)
const ignore = () => {};
import('monaco-graphql/esm/monaco-editor.js').catch(ignore);
import('monaco-graphql/esm/lite.js').catch(ignore);

function showBanner(text: string): void {
  const banner = document.getElementById('graphiql-banner')!;
  banner.textContent = text;
  banner.hidden = false;
}

const outcome = await introspection;
document.body.dataset.introspection =
  outcome.kind === 'introspection' ? 'on' : outcome.kind === 'disabled' ? 'off' : 'unknown';
if (outcome.kind === 'disabled') {
  showBanner(
    'This claimgraph does not allow schema introspection, so the explorer has no docs or completion here (queries still run). The schema is published as schema.graphql in claimgraph’s repository.',
  );
}

let loaded: typeof import('./explorer.js');
try {
  loaded = await explorer;
} catch (error) {
  // typically a chunk of an older build, gone since the server was updated
  showBanner(
    `The explorer could not be loaded (${error instanceof Error ? error.message : String(error)}); reload the page.`,
  );
  throw error;
}
const { explorerSchema, mountExplorer } = loaded;
const schema = explorerSchema(outcome);
if (schema.problem !== undefined) {
  showBanner(
    `The explorer could not read the schema: ${schema.problem}. Queries still run; schema.graphql in claimgraph’s repository describes it.`,
  );
}
mountExplorer(document.getElementById('graphiql')!, schema);
