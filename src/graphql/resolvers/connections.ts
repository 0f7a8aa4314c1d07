/** Every connection type resolves `nodes` and `totalCount` the same way. */
import { connectionFieldResolvers } from '../connection.js';

export const connectionTypeResolvers = Object.fromEntries(
  [
    'StatementConnection',
    'PersonConnection',
    'OutletConnection',
    'OrganizationConnection',
    'EventConnection',
    'DocumentConnection',
    'ClaimConnection',
    'RelationshipConnection',
    'SearchConnection',
    'SimilarClaimConnection',
    'ClaimAppearanceConnection',
    'ClaimReviewConnection',
    'ChangeConnection',
  ].map((typeName) => [typeName, connectionFieldResolvers]),
);
