import type { OutletKind, OutletResolvers } from '../../generated/graphql.js';
import { connectionFromPage, pageQueryFromArgs } from '../connection.js';
import { entityFieldResolvers } from './entityFields.js';
import { listConnection } from './listConnection.js';

const OUTLET_DOCUMENTS = 'documents:title';

export const Outlet: OutletResolvers = {
  ...entityFieldResolvers,
  kind: (outlet) => outlet.kind as OutletKind,
  hostedEvents: listConnection('outlet:hostedEvents', (outlet, context) =>
    context.loaders.eventsByOutlet.load(outlet.id),
  ),
  documents: async (outlet, args, context) => {
    const page = pageQueryFromArgs(OUTLET_DOCUMENTS, args);
    const result = await context.loaders.documentPagesByOutlet.load({ parentId: outlet.id, request: page });
    return connectionFromPage(OUTLET_DOCUMENTS, result, page, () =>
      context.loaders.documentCountsByOutlet.load({ parentId: outlet.id, request: null }),
    );
  },
};
