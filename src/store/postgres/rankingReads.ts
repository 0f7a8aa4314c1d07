/** The dashboard's rankings in PostgreSQL, read from the counters migration 008 keeps. */
import { rankingSql } from '../sql/dashboardFigureSql.js';
import type { RankingSql } from '../sql/sqlBackend.js';
import { postgresDialect } from './postgresDialect.js';

export const postgresRankings: RankingSql = rankingSql(postgresDialect);
