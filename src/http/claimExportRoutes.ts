/**
 * The claims list as files: `/export/claims.csv` and `/export/claims.json`, every claim of a filter in an order,
 * given as query parameters (status, rating, verdict, text, claimant, about, order). Answered through the public
 * GraphQL API as claimReviewRoutes.ts is (the same resolvers, caps and errors), a page at a time, each page
 * written as it comes: an export of any size holds one page in memory. A bad parameter is refused with 400 and
 * one GraphQL-style error naming it, before anything is written.
 */
import { Readable } from 'node:stream';
import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { INPUT_CAPS } from '../config/queryLimits.js';
import type { ClaimOrder, ClaimStatus, RecordOrder, Verdict } from '../generated/graphql.js';
import type { GraphQLContext } from '../graphql/context.js';
import { internalOperations, type Execute } from './internalOperation.js';
import { MAX_PAGE_SIZE } from '../graphql/connection.js';
import {
  CSV_HEADER,
  EXPORTED_CLAIM_FIELDS,
  csvRow,
  exportedClaim,
  type ExportedClaim,
  type ExportedClaimNode,
} from './claimExportFormat.js';

const CLAIMS_PAGE = `query ClaimExport($filter: ClaimFilter, $order: ClaimOrder, $orderBy: RecordOrder, $after: String) {
  claims(filter: $filter, order: $order, orderBy: $orderBy, first: ${MAX_PAGE_SIZE}, after: $after) {
    nodes { ${EXPORTED_CLAIM_FIELDS} }
    pageInfo { hasNextPage endCursor }
  }
}`;

// Records over each enum, so that a value added to the schema fails to compile here until it is listed.
const STATUSES: Record<ClaimStatus, true> = { UNREVIEWED: true, UNDER_REVIEW: true, REVIEWED: true, DISPUTED: true };
const VERDICTS: Record<Verdict, true> = { FALSE: true, MIXED: true, TRUE: true };
const RECORD_ORDERS: Record<RecordOrder, true> = { RECORDED_ASC: true, RECORDED_DESC: true };
const CLAIM_ORDERS: Record<ClaimOrder, true> = {
  FIRST_SEEN_ASC: true,
  FIRST_SEEN_DESC: true,
  LAST_REVIEWED_DESC: true,
  LAST_REVIEWED_ASC: true,
  STATUS: true,
  DISPUTES_DESC: true,
  APPEARANCES_DESC: true,
};

const PARAMETERS = ['status', 'rating', 'verdict', 'text', 'claimant', 'about', 'order'] as const;
type Parameter = (typeof PARAMETERS)[number];

interface ExportVariables {
  filter: Record<string, string | number>;
  order?: string;
  orderBy?: string;
}

class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

function oneOf(parameter: Parameter, value: string, allowed: Record<string, true>): string {
  if (Object.hasOwn(allowed, value)) return value;
  throw new BadParameter(parameter, `${parameter} must be one of ${Object.keys(allowed).join(', ')}, got "${value}"`);
}

/** The GraphQL variables of the query string; throws BadParameter on the first bad or unknown parameter. */
export function exportVariables(query: Record<string, unknown>): ExportVariables {
  const variables: ExportVariables = { filter: {} };
  for (const [name, raw] of Object.entries(query)) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      throw new BadParameter(name, `unknown parameter "${name}": the parameters are ${PARAMETERS.join(', ')}`);
    }
    if (typeof raw !== 'string') throw new BadParameter(name, `${name} may be given once`);
    const parameter = name as Parameter;
    switch (parameter) {
      case 'status':
        variables.filter.status = oneOf(parameter, raw, STATUSES);
        break;
      case 'verdict':
        variables.filter.verdict = oneOf(parameter, raw, VERDICTS);
        break;
      case 'rating':
        if (!/^[1-5]$/.test(raw))
          throw new BadParameter(parameter, `rating must be a whole number from 1 to 5, got "${raw}"`);
        variables.filter.rating = Number(raw);
        break;
      case 'text':
        if (raw.length > INPUT_CAPS.textFilter) {
          throw new BadParameter(
            parameter,
            `text must be at most ${INPUT_CAPS.textFilter} characters, got ${raw.length}`,
          );
        }
        variables.filter.text = raw;
        break;
      case 'claimant':
      case 'about':
        if (raw.trim() === '') throw new BadParameter(parameter, `${parameter} must name an entity`);
        variables.filter[parameter] = raw;
        break;
      case 'order':
        if (Object.hasOwn(RECORD_ORDERS, raw)) variables.orderBy = raw;
        else variables.order = oneOf(parameter, raw, { ...RECORD_ORDERS, ...CLAIM_ORDERS });
        break;
    }
  }
  return variables;
}

interface GraphQLErrorJson {
  message: string;
  extensions?: { code?: string; argumentPath?: string };
}

interface ClaimsPage {
  nodes: ExportedClaimNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A refusal the client can act on: its bad input, named by the query parameter it came from. */
function refusalOf(errors: GraphQLErrorJson[]): BadParameter | null {
  const error = errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'NOT_FOUND');
  if (error === undefined) return null;
  const parameter = error.extensions?.argumentPath?.replace(/^filter\./, '') ?? 'query';
  return new BadParameter(parameter, error.message);
}

function sendBadParameter(reply: FastifyReply, error: BadParameter): FastifyReply {
  return reply.code(400).send({
    errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT', parameter: error.parameter } }],
  });
}

/** The pages of the export, the first already fetched (so that its errors could still be answered with 400). */
async function* claimRows(
  execute: Execute,
  variables: ExportVariables,
  first: ClaimsPage,
): AsyncGenerator<ExportedClaim> {
  let page = first;
  for (;;) {
    for (const node of page.nodes) yield exportedClaim(node);
    if (!page.pageInfo.hasNextPage) return;
    const result = await execute(CLAIMS_PAGE, { ...variables, after: page.pageInfo.endCursor });
    // headers are sent: a failure now can only end the response early, which the client sees as truncated
    if (result.errors) throw new Error(`claims export failed mid-way: ${JSON.stringify(result.errors)}`);
    page = (result.data as { claims: ClaimsPage }).claims;
  }
}

async function* csvChunks(rows: AsyncIterable<ExportedClaim>): AsyncGenerator<string> {
  yield CSV_HEADER;
  for await (const row of rows) yield csvRow(row);
}

async function* jsonChunks(rows: AsyncIterable<ExportedClaim>): AsyncGenerator<string> {
  let separator = '[\n';
  for await (const row of rows) {
    yield `${separator}${JSON.stringify(row)}`;
    separator = ',\n';
  }
  yield separator === '[\n' ? '[]\n' : '\n]\n';
}

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8; header=present', chunks: csvChunks },
  json: { type: 'application/json; charset=utf-8', chunks: jsonChunks },
} as const;

export function registerClaimExportRoutes<C extends GraphQLContext>(
  app: FastifyInstance,
  apollo: ApolloServer<C>,
  contextFor: () => Promise<C>,
): void {
  const execute = internalOperations(apollo, contextFor);

  for (const [extension, format] of Object.entries(FORMATS)) {
    app.get(`/export/claims.${extension}`, async (request, reply) => {
      let variables: ExportVariables;
      try {
        variables = exportVariables(request.query as Record<string, unknown>);
      } catch (error) {
        if (error instanceof BadParameter) return sendBadParameter(reply, error);
        throw error;
      }
      const result = await execute(CLAIMS_PAGE, { ...variables });
      if (result.errors) {
        const refusal = refusalOf(result.errors as GraphQLErrorJson[]);
        if (refusal) return sendBadParameter(reply, refusal);
        return reply.code(500).send({ errors: result.errors });
      }
      const first = (result.data as { claims: ClaimsPage }).claims;
      return reply
        .type(format.type)
        .header('content-disposition', `attachment; filename="claims.${extension}"`)
        .send(Readable.from(format.chunks(claimRows(execute, variables, first))));
    });
  }
}
