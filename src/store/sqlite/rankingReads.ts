/** The dashboard's rankings in SQLite, read from the counters migrations 005 and 008 keep. */
import { rankingSql } from '../sql/dashboardFigureSql.js';
import type { RankingSql } from '../sql/sqlBackend.js';
import { sqliteDialect } from './sqliteDialect.js';

export const sqliteRankings: RankingSql = rankingSql(sqliteDialect);
