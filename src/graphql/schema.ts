/** The executable schema: schema.graphql (the one source of truth for the API) and the resolvers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import { PROJECT_ROOT } from '../config/config.js';

export const SCHEMA_FILE = join(PROJECT_ROOT, 'schema.graphql');

export const typeDefs = gql(readFileSync(SCHEMA_FILE, 'utf8'));
