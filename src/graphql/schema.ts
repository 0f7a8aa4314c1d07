/** The executable schema: schema.graphql (the one source of truth for the API) and the resolvers. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
// schema.graphql sits at the package's top, two folders up from this module in src/ and in dist/ alike
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export const typeDefs = gql(readFileSync(SCHEMA_FILE, 'utf8'));
