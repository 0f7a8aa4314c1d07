import type { OrganizationKind, OrganizationResolvers } from '../../generated/graphql.js';
import { entityFieldResolvers } from './entityFields.js';

export const Organization: OrganizationResolvers = {
  ...entityFieldResolvers,
  kind: (organization) => organization.kind as OrganizationKind,
};
