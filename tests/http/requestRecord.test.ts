/**
 * The pure parts of the request log and metrics: which limit refused a request (from the errors its client got),
 * which incoming request ids are kept, which persisted-query hashes are logged, and the bound on label values.
 */
import { describe, expect, it } from 'vitest';
import { FirstSeenLabels, OTHER_LABEL } from '../../src/http/firstSeenLabels.js';
import { requestIdFor } from '../../src/http/requestId.js';
import { codeOf, persistedQueryHashOf, refusalOf } from '../../src/http/requestRecord.js';

const error = (extensions: Record<string, unknown>, message = 'refused') => ({ message, extensions });

describe('refusalOf', () => {
  it('names the query limit, input cap, persisted-query check, rate budget or deadline that refused a request', () => {
    expect(refusalOf([error({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12, found: 20 })])).toBe('depth');
    expect(refusalOf([error({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'validationErrors' })])).toBe(
      'validationErrors',
    );
    expect(
      refusalOf([
        error(
          { code: 'GRAPHQL_PARSE_FAILED' },
          'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.',
        ),
      ]),
    ).toBe('tokens');
    expect(refusalOf([error({ code: 'BAD_USER_INPUT', cap: 'quote', max: 10000, found: 10001 })])).toBe('inputCaps');
    expect(refusalOf([error({ code: 'PERSISTED_QUERY_HASH_MISMATCH' })])).toBe('persistedQuery');
    expect(refusalOf([error({ code: 'PERSISTED_QUERY_VERSION_UNSUPPORTED' })])).toBe('persistedQuery');
    expect(refusalOf([error({ code: 'RATE_LIMITED', retryAfterSeconds: 3 })])).toBe('rate');
    expect(refusalOf([error({ code: 'OPERATION_TIMEOUT', timeoutMs: 5000 })])).toBe('operationTimeout');
    expect(
      refusalOf([error({ code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' })]),
    ).toBe('introspection');
  });

  it('is null for errors no limit caused, and never echoes an odd limit value', () => {
    expect(refusalOf([])).toBeNull();
    expect(refusalOf([error({ code: 'GRAPHQL_PARSE_FAILED' }, 'Syntax Error: Unexpected Name "qwerty".')])).toBeNull();
    expect(refusalOf([error({ code: 'BAD_USER_INPUT', argumentPath: 'first' })])).toBeNull();
    expect(refusalOf([error({ code: 'PERSISTED_QUERY_NOT_FOUND' })])).toBeNull();
    expect(refusalOf([error({ code: 'INTERNAL_SERVER_ERROR' })])).toBeNull();
    expect(refusalOf([error({ code: 'QUERY_TOO_COMPLEX', limit: 'a label with spaces"}' })])).toBeNull();
  });

  it('an error without a code counts as INTERNAL_SERVER_ERROR', () => {
    expect(codeOf({ message: 'boom' })).toBe('INTERNAL_SERVER_ERROR');
    expect(codeOf(error({ code: 'NOT_FOUND' }))).toBe('NOT_FOUND');
  });
});

describe('requestIdFor', () => {
  it('keeps a short token of letters, digits and ._:- and replaces anything else with a UUID', () => {
    expect(requestIdFor('abc-123_X.y:z')).toBe('abc-123_X.y:z');
    expect(requestIdFor('x'.repeat(64))).toBe('x'.repeat(64));
    for (const unsafe of [undefined, '', 'x'.repeat(65), 'with space', 'quote"d', 'new\nline', ['a', 'b']]) {
      expect(requestIdFor(unsafe)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});

describe('persistedQueryHashOf', () => {
  it('logs a 64-hex-digit hash (lower-cased) and nothing else', () => {
    const hash = 'AB'.repeat(32);
    expect(persistedQueryHashOf({ persistedQuery: { version: 1, sha256Hash: hash } })).toBe(hash.toLowerCase());
    expect(persistedQueryHashOf({ persistedQuery: { version: 1, sha256Hash: 'not a hash' } })).toBeNull();
    expect(persistedQueryHashOf({ persistedQuery: { version: 1, sha256Hash: 42 } })).toBeNull();
    expect(persistedQueryHashOf(undefined)).toBeNull();
  });
});

describe('FirstSeenLabels', () => {
  it('keeps the first N distinct values and labels every later one "other"', () => {
    const labels = new FirstSeenLabels(2);
    expect(labels.label('A')).toBe('A');
    expect(labels.label('B')).toBe('B');
    expect(labels.label('C')).toBe(OTHER_LABEL);
    expect(labels.label('A')).toBe('A');
    expect(labels.label('D')).toBe(OTHER_LABEL);
  });
});
