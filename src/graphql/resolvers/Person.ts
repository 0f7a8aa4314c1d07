import type { PersonResolvers } from '../../generated/graphql.js';
import { entityFieldResolvers } from './entityFields.js';

export const Person: PersonResolvers = {
  ...entityFieldResolvers,
  sameAs: (person, _args, context) => context.loaders.sameAs.load(person.id),
};
