/**
 * The entities the graph already holds, as the drafter matches them (name and aliases) and as a dataset refers to
 * them (slug, type, kind). Read through the store's public list methods; the store is typed here by the little of
 * it that is used, so intake does not depend on the store layer.
 */
import type { EntityType } from '../domain/dataset.js';
import type { KnownEntity } from '../draft/index.js';

/** A known entity with what a dataset record of it needs besides: its outlet or organization kind. */
export interface CatalogEntity extends KnownEntity {
  kind: string | null;
}

interface PagePosition {
  sort: string;
  id: number;
}

/** The store methods used to list entities (src/store/store.ts's Store has them). */
export interface EntityListing {
  entityPage(
    type: EntityType,
    order: 'ASC',
    page: { limit: number; after?: PagePosition; fromEnd: boolean },
  ): Promise<{
    rows: {
      row: { id: number; slug: string; name: string; type: EntityType; kind: string | null };
      position: PagePosition;
    }[];
    hasMore: boolean;
  }>;
  aliasesByEntityIds(ids: readonly number[]): Promise<string[][]>;
}

const PAGE_SIZE = 500;
const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'OUTLET', 'ORGANIZATION'];

/** Every person, outlet and organization in the graph, with its aliases: a page of entities, then their aliases. */
export async function loadKnownEntities(store: EntityListing): Promise<CatalogEntity[]> {
  const entities: CatalogEntity[] = [];
  for (const type of ENTITY_TYPES) {
    let after: PagePosition | undefined;
    for (;;) {
      const page = await store.entityPage(type, 'ASC', {
        limit: PAGE_SIZE,
        fromEnd: false,
        ...(after ? { after } : {}),
      });
      const aliases = await store.aliasesByEntityIds(page.rows.map(({ row }) => row.id));
      page.rows.forEach(({ row }, index) =>
        entities.push({
          slug: row.slug,
          name: row.name,
          type: row.type,
          kind: row.kind,
          aliases: aliases[index] ?? [],
        }),
      );
      const last = page.rows.at(-1);
      if (!page.hasMore || last === undefined) break;
      after = last.position;
    }
  }
  return entities;
}
