/**
 * Internal ids are a backend's business; the contract's expectations are written in slugs. This resolves every
 * fixture slug once, through the store under test, and maps ids back to slugs for results that carry only ids.
 */
import type { Dataset } from '../../src/domain/dataset.js';
import type { NodeTable, Store } from '../../src/store/store.js';

const TABLES: Record<NodeTable, (dataset: Dataset) => { slug: string }[]> = {
  entity: (d) => [...d.people, ...d.outlets, ...d.organizations],
  document: (d) => d.documents,
  event: (d) => d.events,
  statement: (d) => d.statements,
  claim: (d) => d.claims,
  review: (d) => d.reviews ?? [],
  relationship: (d) => d.relationships,
  factCheck: () => [],
};

export class FixtureIds {
  private constructor(
    private readonly ids: Map<string, number>,
    private readonly slugs: Map<string, string>,
  ) {}

  static async resolve(store: Store, dataset: Dataset): Promise<FixtureIds> {
    const ids = new Map<string, number>();
    const slugs = new Map<string, string>();
    for (const [table, records] of Object.entries(TABLES) as [NodeTable, (d: Dataset) => { slug: string }[]][]) {
      const tableSlugs = records(dataset).map((record) => record.slug);
      const found = await store.idsBySlugs(table, tableSlugs);
      tableSlugs.forEach((slug, index) => {
        const id = found[index];
        if (id === null || id === undefined) throw new Error(`${table} ${slug} was not stored`);
        ids.set(`${table}:${slug}`, id);
        slugs.set(`${table}:${id}`, slug);
      });
    }
    return new FixtureIds(ids, slugs);
  }

  id(table: NodeTable, slug: string): number {
    const id = this.ids.get(`${table}:${slug}`);
    if (id === undefined) throw new Error(`no ${table} ${slug} in the fixture`);
    return id;
  }

  slug(table: NodeTable, id: number | null): string | null {
    return id === null ? null : (this.slugs.get(`${table}:${id}`) ?? `unknown ${table} ${id}`);
  }

  entity = (slug: string) => this.id('entity', slug);
  document = (slug: string) => this.id('document', slug);
  event = (slug: string) => this.id('event', slug);
  statement = (slug: string) => this.id('statement', slug);
  claim = (slug: string) => this.id('claim', slug);
  relationship = (slug: string) => this.id('relationship', slug);
}

/** An id no fixture record has. */
export const UNKNOWN_ID = 987_654_321;
