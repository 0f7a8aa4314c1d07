import type { OutletKind, OutletResolvers } from '../../generated/graphql.js';
import { connectionFromPage, pageQueryFromArgs } from '../connection.js';
import { entityFieldResolvers } from './entityFields.js';
import { pagedListConnection } from './listConnection.js';

const OUTLET_DOCUMENTS = 'documents:title';

export const Outlet: OutletResolvers = {
  ...entityFieldResolvers,
  kind: (outlet) => outlet.kind as OutletKind,
  hostedEvents: pagedListConnection('outlet:hostedEvents', 'eventsOfOutlet'),
  documents: async (outlet, args, context) => {
    const page = pageQueryFromArgs(OUTLET_DOCUMENTS, args);
    const result = await context.loaders.documentPagesByOutlet.load({ parentId: outlet.id, request: page });
    return connectionFromPage(OUTLET_DOCUMENTS, result, page, () =>
      context.loaders.documentCountsByOutlet.load({ parentId: outlet.id, request: null }),
    );
  },
};
