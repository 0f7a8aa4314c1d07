/**
 * The check before timing: every request of every benchmark query is sent once, and must answer HTTP 200 without
 * errors, with the data its check expects and the store calls its query's depth allows.
 */
import type { BenchQuery, BenchRequest, Json } from './queries.js';

export interface CheckedRequest {
  request: BenchRequest;
  /** the exact body sent, and so the key of the bare baseline's answer */
  body: string;
  responseText: string;
  data: Json;
  storeCalls: number;
}

export interface CheckedQuery {
  query: BenchQuery;
  requests: CheckedRequest[];
}

export const bodyOf = (request: BenchRequest): string =>
  JSON.stringify(
    request.variables === undefined ? { query: request.query } : { query: request.query, variables: request.variables },
  );

export async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, text: await response.text() };
}

/** Problems of one response: transport, GraphQL errors, the query's own check, its store calls. */
export function responseProblems(query: BenchQuery, request: BenchRequest, status: number, body: Json): string[] {
  if (status !== 200) return [`HTTP ${status}: ${JSON.stringify(body).slice(0, 300)}`];
  if (body.errors?.length) return body.errors.map((error: { message: string }) => `error: ${error.message}`);
  const problems = query.check(body.data, request);
  const calls = body.extensions?.storeCalls;
  if (typeof calls !== 'number')
    problems.push('the response has no extensions.storeCalls (is CLAIMGRAPH_REPORT_STORE_CALLS=1?)');
  else if (typeof query.storeCalls === 'number' && calls !== query.storeCalls)
    problems.push(`${calls} store calls, expected ${query.storeCalls}`);
  else if (typeof query.storeCalls === 'function' && calls !== query.storeCalls(body.data)) {
    problems.push(`${calls} store calls, expected ${query.storeCalls(body.data)}`);
  } else if (typeof query.storeCalls === 'object' && calls > query.storeCalls.atMost) {
    problems.push(`${calls} store calls, expected at most ${query.storeCalls.atMost}`);
  }
  return problems;
}

export async function checkQueries(
  url: string,
  queries: BenchQuery[],
): Promise<{ checked: CheckedQuery[]; problems: string[] }> {
  const checked: CheckedQuery[] = [];
  const problems: string[] = [];
  for (const query of queries) {
    const requests: CheckedRequest[] = [];
    for (const variant of query.requests) {
      let request = variant;
      let { status, text } = await post(url, bodyOf(request));
      if (query.prepare && status === 200) {
        request = query.prepare(JSON.parse(text).data, variant);
        ({ status, text } = await post(url, bodyOf(request)));
      }
      const body = JSON.parse(text);
      const found = responseProblems(query, request, status, body);
      problems.push(
        ...found.map((problem) => `${query.name} ${JSON.stringify(request.variables ?? {}).slice(0, 80)}: ${problem}`),
      );
      requests.push({
        request,
        body: bodyOf(request),
        responseText: text,
        data: body.data,
        storeCalls: body.extensions?.storeCalls,
      });
    }
    checked.push({ query, requests });
  }
  return { checked, problems };
}
