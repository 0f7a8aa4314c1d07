/**
 * Builds the fact-check dashboard (index.html) and the GraphiQL explorer (graphiql.html) into dashboard/dist,
 * which claimgraph serves itself (src/http/dashboardRoutes.ts). Every asset is a file of its own under /assets/
 * with a content hash in its name: nothing is inlined as a data: URI (the pages' Content-Security-Policy allows
 * 'self' only, apart from what GraphiQL needs) and nothing is loaded from elsewhere.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, stripIgnoredCharacters } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Keeps the operations written with codegen's `graphql()` (src/api/queries.ts) from costing bundle size. Left as
 * they are, each operation would ship three times: the call's text, the same text as a key of the lookup table in
 * src/generated/gql.ts that `graphql()` consults, and the document codegen printed (indented) in
 * src/generated/graphql.ts. This plugin does what the client preset's Babel plugin does, without Babel: each
 * `graphql(`...`)` call becomes an import of the document codegen generated for it (so the table is unused and
 * dropped), and the generated documents lose their indentation (graphql-js's stripIgnoredCharacters, which keeps
 * the meaning). A call it cannot rewrite stops the build rather than slipping through.
 */
function compactGraphqlDocuments(): Plugin {
  const queriesFile = resolve(root, 'src/api/queries.ts');
  const generatedFile = resolve(root, 'src/generated/graphql.ts');
  const plainText = (text: string, file: string) => {
    // codegen escapes backslashes and the queries interpolate nothing; anything else needs real unescaping
    if (text.includes('\\') || text.includes('${'))
      throw new Error(`${file}: a GraphQL document with \\ or \${ is not supported here`);
    return text;
  };
  return {
    name: 'claimgraph-compact-graphql-documents',
    // before TypeScript is stripped, so that the code is exactly as written and generated
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (file === generatedFile) {
        return code.replace(
          /new TypedDocumentString\(`([^`]*)`/g,
          (_, text: string) =>
            `new TypedDocumentString(${JSON.stringify(stripIgnoredCharacters(plainText(text, file)))}`,
        );
      }
      if (file !== queriesFile) return null;
      const generatedImport = "import { graphql } from '../generated/gql.js';";
      if (!code.includes(generatedImport)) throw new Error(`${file}: expected the line ${generatedImport}`);
      const names = new Set<string>();
      const rewritten = code.replace(/\bgraphql\(`([^`]*)`\)/g, (_, text: string) => {
        const [definition] = parse(plainText(text, file)).definitions;
        // the names codegen gives the documents in src/generated/graphql.ts (a wrong one fails the build's import)
        let name: string;
        if (definition?.kind === Kind.OPERATION_DEFINITION && definition.name)
          name = `${definition.name.value}Document`;
        else if (definition?.kind === Kind.FRAGMENT_DEFINITION) name = `${definition.name.value}FragmentDoc`;
        else throw new Error(`${file}: every graphql() call must hold one named operation or fragment`);
        names.add(name);
        return name;
      });
      const withImport = rewritten.replace(
        generatedImport,
        `import { ${[...names].join(', ')} } from '../generated/graphql.js';`,
      );
      // any call left (comments aside, which may name the function) is one the pattern above could not read
      const codeOnly = withImport.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      if (/\bgraphql\(/.test(codeOnly)) throw new Error(`${file}: a graphql() call is not a plain template literal`);
      return withImport;
    },
  };
}

/**
 * GraphiQL's stylesheet carries its fonts inline, as base64 data: URIs: Roboto and Fira Code in every unicode-range
 * subset (Cyrillic, Greek, Vietnamese...) and a second copy of Monaco's codicon icon font. Inline, every visitor
 * downloads all of them (about a quarter of the explorer's bytes), and the explorer waits for that stylesheet
 * before it starts. As files, the browser fetches only the subsets the page's text uses. So each inline font is
 * written to a cache folder once and referred to by a relative url(), which Vite then emits as a hashed asset like
 * any other; the codicon face is dropped, as Monaco's own stylesheet declares the same font from a file.
 */
function graphiqlFontsAsFiles(): Plugin {
  const cacheDir = resolve(root, '..', 'node_modules', '.cache', 'claimgraph-graphiql-fonts');
  return {
    name: 'claimgraph-graphiql-fonts-as-files',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/[\\/]graphiql[\\/]dist[\\/]style\.css$/.test(file)) return null;
      mkdirSync(cacheDir, { recursive: true });
      const withoutCodicon = code.replace(/@font-face\s*\{[^}]*font-family:\s*codicon[^}]*\}/g, '');
      return withoutCodicon.replace(
        /url\(\s*(['"]?)data:font\/(woff2|woff|ttf);base64,([A-Za-z0-9+/=]+)\1\s*\)/g,
        (_, _quote: string, type: string, base64: string) => {
          const bytes = Buffer.from(base64, 'base64');
          const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${type}`;
          writeFileSync(resolve(cacheDir, name), bytes);
          return `url(${relative(dirname(file), resolve(cacheDir, name)).split('\\').join('/')})`;
        },
      );
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [compactGraphqlDocuments(), graphiqlFontsAsFiles()],
  publicDir: resolve(root, 'public'),
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    sourcemap: false,
    // GraphiQL's editor (Monaco) is large by nature; it loads on /graphiql only
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: {
        dashboard: resolve(root, 'index.html'),
        graphiql: resolve(root, 'graphiql.html'),
      },
      onwarn(warning, warn) {
        // GraphiQL's dependencies mark React server-component boundaries ("use client"); meaningless in a page bundle
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  // The dev server's pre-bundler cannot follow GraphiQL's `?worker` imports and would stop; leaving GraphiQL out
  // of it keeps the dev server up for the dashboard. (The explorer itself works only in the build.)
  optimizeDeps: { exclude: ['graphiql', '@graphiql/react'] },
  server: {
    // `npx vite --config dashboard/vite.config.ts` while developing the dashboard: API calls and the live socket go
    // to a running claimgraph (CLAIMGRAPH_URL, default http://127.0.0.1:4000)
    proxy: { '/graphql': { target: process.env.CLAIMGRAPH_URL ?? 'http://127.0.0.1:4000', ws: true } },
  },
});
