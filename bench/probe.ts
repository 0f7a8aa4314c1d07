/** Development aid: `tsx bench/probe.ts DB STATEMENTS [query]` runs the bench queries in-process, once each. */
import { execute, parse } from 'graphql';
import { SyntheticGraph } from '../src/generate/syntheticGraph.js';
import { createContext } from '../src/graphql/context.js';
import { requestStore } from '../src/store/requestStore.js';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';
import { executableSchema } from './executableSchema.js';
import { benchQueries } from './queries.js';

const [database, statements, only] = process.argv.slice(2);
const store = SqliteStore.open(database);
const schema = executableSchema();
const graph = new SyntheticGraph({ statements: Number(statements), seed: 1 });
for (const query of benchQueries(graph)) {
  if (only && query.name !== only) continue;
  for (const request of query.requests) {
    const times: number[] = [];
    let calls = 0;
    let result: any;
    for (let i = 0; i < 5; i++) {
      const counted = requestStore(store);
      const started = performance.now();
      result = await execute({
        schema,
        document: parse(request.query),
        variableValues: request.variables,
        contextValue: createContext(counted.store),
      });
      times.push(performance.now() - started);
      calls = counted.calls();
    }
    const problems = result.errors ? result.errors.map((e: Error) => e.message) : query.check(result.data, request);
    console.log(
      `${query.name.padEnd(14)} ${times
        .map((t) => t.toFixed(1))
        .join(' ')
        .padEnd(
          36,
        )} ms  calls ${calls}  bytes ${JSON.stringify(result).length}  ${JSON.stringify(request.variables ?? {}).slice(0, 60)} ${problems.slice(0, 2).join('; ')}`,
    );
  }
}
await store.close();
