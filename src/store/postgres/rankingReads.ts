/** The dashboard's rankings in PostgreSQL, counted per request (its schema keeps no counters). */
import type { RankingSql } from '../sql/sqlBackend.js';

const MOST_DISPUTED_CLAIMS = `SELECT "claimId", "disputeCount", "reviewCount" FROM (
    SELECT c.id AS "claimId", c.status,
      (SELECT COUNT(*) FROM statement_disputes d JOIN statements s ON s.id = d.statement_id
       WHERE d.claim_id = c.id AND s.retracted_at IS NULL) AS "disputeCount",
      (SELECT COUNT(*) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL) AS "reviewCount"
    FROM claims c WHERE c.retracted_at IS NULL
  ) counted
  WHERE "disputeCount" > 0 OR status = 'DISPUTED'
  ORDER BY "disputeCount" DESC, "reviewCount" DESC, "claimId" LIMIT $1::bigint`;

const STATEMENT_COUNTS_BY_SPEAKER = `SELECT speaker_id AS "speakerId", COUNT(*) AS count FROM statements
  WHERE retracted_at IS NULL GROUP BY speaker_id ORDER BY count DESC, speaker_id LIMIT $1::bigint`;

const MENTION_STANCE_COUNTS = `WITH top AS (
    SELECT m.entity_id, COUNT(*) AS n FROM mentions m JOIN statements s ON s.id = m.statement_id
    WHERE s.retracted_at IS NULL GROUP BY m.entity_id ORDER BY n DESC, m.entity_id LIMIT $1::bigint)
  SELECT top.entity_id AS "entityId", top.n AS count, m.stance AS stance, COUNT(*) AS "stanceCount"
  FROM top JOIN mentions m ON m.entity_id = top.entity_id
  JOIN statements s ON s.id = m.statement_id AND s.retracted_at IS NULL
  GROUP BY top.entity_id, top.n, m.stance
  ORDER BY top.n DESC, top.entity_id, "stanceCount" DESC, m.stance COLLATE "C"`;

export const postgresRankings: RankingSql = {
  mostDisputedClaims: MOST_DISPUTED_CLAIMS,
  statementCountsBySpeaker: STATEMENT_COUNTS_BY_SPEAKER,
  mentionStanceCounts: MENTION_STANCE_COUNTS,
};
