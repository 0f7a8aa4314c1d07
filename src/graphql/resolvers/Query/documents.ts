import type { QueryResolvers } from '../../../generated/graphql.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';

const DOCUMENT_LIST = 'documents:title';

export const documents: QueryResolvers['documents'] = async (_root, args, context) => {
  const page = pageQueryFromArgs(DOCUMENT_LIST, args);
  const result = await context.store.documentPage(page);
  return connectionFromPage(DOCUMENT_LIST, result, page, () => context.store.countDocuments());
};
