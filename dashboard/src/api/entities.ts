/** Every entity (people, outlets, organizations), loaded once per page for the pickers. */
import { graphql } from './graphqlClient.js';
import { ENTITIES } from './queries.js';
import type { EntityRef } from './types.js';

let all: Promise<EntityRef[]> | null = null;

export function allEntities(): Promise<EntityRef[]> {
  all ??= graphql<{ people: { nodes: EntityRef[] }; outlets: { nodes: EntityRef[] }; organizations: { nodes: EntityRef[] } }>(ENTITIES)
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
