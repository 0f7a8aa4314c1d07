import type { QueryResolvers } from '../../../generated/graphql.js';
import { claims } from './claims.js';
import { documents } from './documents.js';
import { entity } from './entity.js';
import { organizations, outlets, people } from './entityLists.js';
import { events } from './events.js';
import { node, nodes } from './node.js';
import { statements } from './statements.js';
import { factCheckSummary } from './factCheckSummary.js';
import { paths } from './paths.js';
import { relationships } from './relationships.js';
import { search } from './search.js';
import { similarClaims } from './similarClaims.js';
import { timeline } from './timeline.js';
import { history } from './history.js';
import { viewer } from './viewer.js';

export const Query: QueryResolvers = {
  node,
  nodes,
  entity,
  people,
  outlets,
  organizations,
  statements,
  claims,
  events,
  documents,
  paths,
  timeline,
  search,
  similarClaims,
  factCheckSummary,
  relationships,
  history,
  viewer,
};
