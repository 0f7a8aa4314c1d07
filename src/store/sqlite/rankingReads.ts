/** The dashboard's rankings in SQLite, read from the counters migration 005 keeps rather than counted per request. */
import type { RankingSql } from '../sql/sqlBackend.js';

/**
 * The claims with the top `limit` dispute counts (all of them, ties included, since reviews break those ties)
 * are the only ones that can be listed, with the DISPUTED claims no statement disputes when fewer than `limit`
 * claims are disputed at all.
 */
const MOST_DISPUTED_CLAIMS = `WITH top AS (
    SELECT d.n FROM claim_dispute_counts d JOIN claims c ON c.id = d.claim_id
    WHERE d.n > 0 AND c.retracted_at IS NULL ORDER BY d.n DESC LIMIT ?1
  ), candidates AS (
    SELECT claim_id AS id FROM claim_dispute_counts WHERE n >= (SELECT MIN(n) FROM top)
    UNION SELECT id FROM claims WHERE status = 'DISPUTED' AND retracted_at IS NULL AND (SELECT COUNT(*) FROM top) < ?1
  )
  SELECT c.id AS claimId,
    COALESCE((SELECT n FROM claim_dispute_counts WHERE claim_id = c.id), 0) AS disputeCount,
    (SELECT COUNT(*) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL) AS reviewCount
  FROM candidates k JOIN claims c ON c.id = k.id
  WHERE c.retracted_at IS NULL AND (disputeCount > 0 OR c.status = 'DISPUTED')
  ORDER BY disputeCount DESC, reviewCount DESC, c.id LIMIT ?1`;

const STATEMENT_COUNTS_BY_SPEAKER = `SELECT speaker_id AS speakerId, n AS count FROM speaker_statement_counts
  WHERE n > 0 ORDER BY n DESC, speaker_id LIMIT ?1`;

const MENTION_STANCE_COUNTS = `WITH top AS (
    SELECT entity_id, n FROM mention_totals WHERE n > 0 ORDER BY n DESC, entity_id LIMIT ?1)
  SELECT top.entity_id AS entityId, top.n AS count, c.stance AS stance, c.n AS stanceCount
  FROM top JOIN mention_counts c ON c.entity_id = top.entity_id AND c.n > 0
  ORDER BY top.n DESC, top.entity_id, c.n DESC, c.stance`;

export const sqliteRankings: RankingSql = {
  mostDisputedClaims: MOST_DISPUTED_CLAIMS,
  statementCountsBySpeaker: STATEMENT_COUNTS_BY_SPEAKER,
  mentionStanceCounts: MENTION_STANCE_COUNTS,
};
