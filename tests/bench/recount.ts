/**
 * Full recounts straight from a SQLite database's base tables, for checking the figures the server answers from
 * its counters and pages. Deliberately naive: every figure is counted over every row, the way no request may.
 */
import Database from 'better-sqlite3';

export interface StanceCount {
  stance: string;
  count: number;
}

export interface Recount {
  totalClaims: number;
  byStatus: Map<string, number>;
  /** `null|null` for the unrated, else `value|label` */
  byRating: Map<string, number>;
  /** current statements per speaker slug */
  statementsPerSpeaker: Map<string, number>;
  /** mentions in current statements per entity slug, with the breakdown by stance */
  mentionsPerEntity: Map<string, { count: number; byStance: StanceCount[] }>;
  /** per claim slug: current statements disputing it, current reviews of it */
  disputes: Map<string, { disputeCount: number; reviewCount: number }>;
  /** the slugs of the current relationships touching each entity slug, either end */
  relationshipsOf(slug: string): string[];
  close(): void;
}

export function recount(databaseFile: string): Recount {
  const db = new Database(databaseFile, { readonly: true });
  const rows = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];

  const byStatus = new Map(
    rows<{ status: string; n: number }>(
      'SELECT status, COUNT(*) AS n FROM claims WHERE retracted_at IS NULL GROUP BY status',
    ).map((r) => [r.status, r.n]),
  );
  const totalClaims = [...byStatus.values()].reduce((sum, n) => sum + n, 0);

  // a claim's current rating is its latest current review's (by reviewed_at, then id)
  const byRating = new Map<string, number>();
  let rated = 0;
  for (const r of rows<{ rating_value: number; rating_label: string; n: number }>(
    `SELECT rating_value, rating_label, COUNT(*) AS n FROM claims c
     JOIN reviews r ON r.id = (SELECT id FROM reviews WHERE claim_id = c.id AND retracted_at IS NULL
                               ORDER BY reviewed_at DESC, id DESC LIMIT 1)
     WHERE c.retracted_at IS NULL GROUP BY rating_value, rating_label`,
  )) {
    byRating.set(`${r.rating_value}|${r.rating_label}`, r.n);
    rated += r.n;
  }
  if (totalClaims > rated) byRating.set('null|null', totalClaims - rated);

  const statementsPerSpeaker = new Map(
    rows<{ slug: string; n: number }>(
      `SELECT e.slug, COUNT(*) AS n FROM statements s JOIN entities e ON e.id = s.speaker_id
       WHERE s.retracted_at IS NULL GROUP BY e.slug`,
    ).map((r) => [r.slug, r.n]),
  );

  const mentionsPerEntity = new Map<string, { count: number; byStance: StanceCount[] }>();
  for (const r of rows<{ slug: string; stance: string; n: number }>(
    `SELECT e.slug, m.stance, COUNT(*) AS n FROM mentions m JOIN statements s ON s.id = m.statement_id
     JOIN entities e ON e.id = m.entity_id WHERE s.retracted_at IS NULL GROUP BY e.slug, m.stance`,
  )) {
    const entry = mentionsPerEntity.get(r.slug) ?? { count: 0, byStance: [] };
    entry.count += r.n;
    entry.byStance.push({ stance: r.stance, count: r.n });
    mentionsPerEntity.set(r.slug, entry);
  }

  const disputes = new Map(
    rows<{ slug: string; disputes: number; reviews: number }>(
      `SELECT c.slug,
         (SELECT COUNT(*) FROM statement_disputes d JOIN statements s ON s.id = d.statement_id
          WHERE d.claim_id = c.id AND s.retracted_at IS NULL) AS disputes,
         (SELECT COUNT(*) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL) AS reviews
       FROM claims c WHERE c.retracted_at IS NULL`,
    ).map((r) => [r.slug, { disputeCount: r.disputes, reviewCount: r.reviews }]),
  );

  const relationships = db.prepare(
    `SELECT l.slug FROM relationships l JOIN entities e ON e.id = l.from_id OR e.id = l.to_id
     WHERE e.slug = ? AND l.retracted_at IS NULL ORDER BY l.id`,
  );
  return {
    totalClaims,
    byStatus,
    byRating,
    statementsPerSpeaker,
    mentionsPerEntity,
    disputes,
    relationshipsOf: (slug) => [...new Set((relationships.all(slug) as { slug: string }[]).map((r) => r.slug))],
    close: () => db.close(),
  };
}

/** The n largest values of a map, largest first: what a "top n by count" answer's counts must be. */
export function topCounts(counts: Iterable<number>, n: number): number[] {
  return [...counts].sort((a, b) => b - a).slice(0, n);
}
