/** Every entity (people, outlets, organizations), loaded once per page for the pickers. */
import { graphql } from './graphqlClient.js';
import { ENTITIES } from './queries.js';
import type { EntityRefFragment } from '../generated/graphql.js';

let all: Promise<EntityRefFragment[]> | null = null;

export function allEntities(): Promise<EntityRefFragment[]> {
  all ??= graphql(ENTITIES)
    .then((data) => [...data.people.nodes, ...data.outlets.nodes, ...data.organizations.nodes])
    .catch((error: unknown) => {
      all = null;
      throw error;
    });
  return all;
}

/** Forgets the list, after a write may have added an entity. */
export function forgetEntities(): void {
  all = null;
}
