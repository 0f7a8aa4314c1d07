/**
 * The layers of claimgraph, enforced (`npm run check:layers`). Data flows one way: HTTP -> GraphQL -> loaders ->
 * Store -> database, with the domain model at the bottom; the composition root (src/app) and the command line
 * (src/cli) sit on top and are the only places that wire the layers together.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be understood, tested or moved without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-nothing-of-ours',
      severity: 'error',
      comment: 'The domain model is the bottom layer: pure types and logic every other layer can use.',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'store-imports-only-domain',
      severity: 'error',
      comment: 'The store knows the database and the domain model, nothing about GraphQL, HTTP or file formats.',
      from: { path: '^src/store/' },
      to: { path: '^src/', pathNot: ['^src/store/', '^src/domain/'] },
    },
    {
      name: 'ingest-imports-only-domain-and-store',
      severity: 'error',
      comment: 'Reading and validating datasets needs the domain model and, for references, the store.',
      from: { path: '^src/ingest/' },
      to: { path: '^src/', pathNot: ['^src/ingest/', '^src/domain/', '^src/store/'] },
    },
    {
      name: 'draft-and-retrieval-are-pure',
      severity: 'error',
      comment: 'Drafting attributions and ranking claims are pure text-in, answer-out engines over the domain model.',
      from: { path: ['^src/draft/', '^src/retrieval/'] },
      to: { path: '^src/', pathNot: ['^src/draft/', '^src/retrieval/', '^src/domain/'] },
    },
    {
      name: 'factchecks-imports-only-domain',
      severity: 'error',
      comment:
        'Reading fact-checks published by others is pure: feeds and files in, records out, over the domain model ' +
        'alone. Of packages it may use zod and the node built-ins.',
      from: { path: '^src/factchecks/' },
      to: {
        pathNot: ['^src/factchecks/', '^src/domain/', '^node_modules/zod/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'factcheck-import-imports-only-readers-ingest-and-store',
      severity: 'error',
      comment:
        'Importing published fact-checks joins the pure readers to the store; it neither serves nor drafts ' +
        '(slugs and JSON syntax messages are shared with intake and ingest).',
      from: { path: '^src/factcheckImport/' },
      to: {
        path: '^src/',
        pathNot: [
          '^src/factcheckImport/',
          '^src/factchecks/',
          '^src/domain/',
          '^src/store/',
          '^src/ingest/jsonSyntaxError',
          '^src/intake/slugs',
        ],
      },
    },
    {
      name: 'intake-imports-only-domain-draft-and-ingest',
      severity: 'error',
      comment: 'Intake turns an article into a draft and an import dataset; it neither stores nor serves.',
      from: { path: '^src/intake/' },
      to: { path: '^src/', pathNot: ['^src/intake/', '^src/domain/', '^src/draft/', '^src/ingest/'] },
    },
    {
      name: 'graphql-not-http-cli-or-app',
      severity: 'error',
      comment: 'The GraphQL layer is transport-independent: HTTP and the CLI call it, never the other way.',
      from: { path: '^src/graphql/' },
      to: { path: ['^src/http/', '^src/cli', '^src/app/'] },
    },
    {
      name: 'http-not-cli-app-or-ingest',
      severity: 'error',
      comment: 'HTTP serves what it is given; opening, seeding and starting belong to the composition root.',
      from: { path: '^src/http/' },
      to: { path: ['^src/cli', '^src/app/', '^src/ingest/'] },
    },
    {
      name: 'only-the-cli-starts-the-app',
      severity: 'error',
      comment: 'The composition root is wired once, by the command line.',
      from: { path: '^src/', pathNot: ['^src/cli', '^src/app/'] },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-unresolvable-imports',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
