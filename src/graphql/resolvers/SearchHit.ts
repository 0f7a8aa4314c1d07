import type { SearchHitResolvers, SearchResultResolvers } from '../../generated/graphql.js';
import { parseMarkedSnippet } from '../../domain/snippet.js';
import type { SearchHitRow } from '../../store/rows.js';
import type { GraphQLContext } from '../context.js';
import type { SearchResultModel } from '../models.js';
import { loadOne } from './load.js';
import { nodeTypeName } from './nodeTypeName.js';

function loadHitNode(context: GraphQLContext, hit: SearchHitRow): Promise<SearchResultModel> {
  switch (hit.kind) {
    case 'STATEMENT':
      return loadOne(context.loaders.statement, hit.nodeId);
    case 'CLAIM':
      return loadOne(context.loaders.claim, hit.nodeId);
    case 'EVENT':
      return loadOne(context.loaders.event, hit.nodeId);
    case 'DOCUMENT':
      return loadOne(context.loaders.document, hit.nodeId);
    default:
      return loadOne(context.loaders.entity, hit.nodeId);
  }
}

export const SearchHit: SearchHitResolvers = {
  node: (hit, _args, context) => loadHitNode(context, hit),
  snippet: (hit) => parseMarkedSnippet(hit.markedSnippet).text,
  highlights: (hit) => parseMarkedSnippet(hit.markedSnippet).highlights,
  snippetHtml: (hit) => parseMarkedSnippet(hit.markedSnippet).html,
};

export const SearchResult: SearchResultResolvers = {
  __resolveType: (row) => nodeTypeName(row) as never,
};
