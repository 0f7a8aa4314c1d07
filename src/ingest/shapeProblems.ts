/**
 * Translates zod's issues into dataset problems, in the wording validation has always used ("must be an integer,
 * found a string ("37")", "unknown field; did you mean "speaker"?"): an editor reads these messages, and zod's own
 * ("Invalid input: expected number, received string") name neither the value found nor the field meant.
 *
 * zod's issues do not carry the schema or the value they are about, so both are looked up again along the issue's
 * path, in the schema that was run and in the value it was run on. That costs nothing on a valid record: only
 * issues are translated.
 */
import { z } from 'zod';
import { closestName } from './closestName.js';

export interface ShapeProblem {
  /** path inside the checked value, e.g. "evidence[0].exact"; "" for the value as a whole */
  field: string;
  message: string;
}

export interface TranslationContext {
  /** the schema the issues came from */
  schema: z.ZodType;
  /** the value it was run on */
  input: unknown;
  /** the dataset's top level: the whole value is "a JSON object", and a missing collection can be [] */
  topLevel?: boolean;
}

/** The problems one issue stands for: several for an issue about several unknown fields, else one. */
export function shapeProblemsOf(issue: z.core.$ZodIssue, context: TranslationContext): ShapeProblem[] {
  const { path } = issue;
  const field = fieldPath(path);
  const found = () => describeJsonValue(valueAt(context.input, path));
  // a discriminated union's tag (a basis's "kind") that names no option: the issue's path is the tag's
  if (issue.code === 'invalid_union' && issue.discriminator !== undefined && 'options' in issue) {
    const expected = `one of ${(issue.options ?? []).map(String).join(', ')}`;
    return isMissing(context.input, path)
      ? [{ field, message: `required field is missing; expected ${expected}` }]
      : [{ field, message: `must be ${expected}, found ${found()}` }];
  }
  const schema = schemaAt(context.schema, path, context.input);
  // whatever the code (a literal reports "invalid_value" for undefined), an absent field is reported as absent
  if (issue.code !== 'unrecognized_keys' && isMissing(context.input, path)) {
    return [{ field, message: missingMessage(schema, context, path) }];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
      return issue.keys.map((key) => ({
        field: fieldPath([...path, key]),
        message: unknownFieldMessage(key, allowed),
      }));
    }
    case 'invalid_type':
      return [{ field, message: `must be ${expectedType(schema, issue.expected, context, path)}, found ${found()}` }];
    case 'invalid_value': {
      const values = issue.values.map((value) => (typeof value === 'string' ? value : String(value)));
      const expected = schema instanceof z.ZodLiteral ? values.map(quote).join(' or ') : `one of ${values.join(', ')}`;
      return [{ field, message: `must be ${expected}, found ${found()}` }];
    }
    case 'too_small':
      // the only minimum a dataset's shape sets: strings that must say something
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return [{ field, message: 'must not be empty' }];
      return [{ field, message: `must be at least ${issue.minimum}, found ${found()}` }];
    case 'too_big':
      // z.int() only takes integers that a double holds exactly
      return [{ field, message: `must be at most ${issue.maximum}, found ${found()}` }];
    case 'invalid_union':
      return unionProblems(issue, schema, context, field, found);
    default:
      // refinements carry their own message, written for this format (e.g. the NUL check in src/domain/dataset.ts)
      return [{ field, message: issue.message }];
  }
}

/**
 * A value that none of a union's options takes. The options of a dataset's unions take different JSON types (a
 * dated fact is a partial-date string or an object): the option for the value's type says what is wrong inside
 * it, in the same words as anywhere else; a value of a type no option takes is named with the types they take.
 */
function unionProblems(
  issue: z.core.$ZodIssueInvalidUnion,
  schema: z.ZodType | undefined,
  context: TranslationContext,
  field: string,
  found: () => string,
): ShapeProblem[] {
  const ofItsType = issue.errors.filter(
    (issues) => !issues.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
  if (ofItsType.length === 1) {
    return ofItsType[0].flatMap((inner) =>
      shapeProblemsOf({ ...inner, path: [...issue.path, ...inner.path] }, context),
    );
  }
  const options = schema instanceof z.ZodUnion ? (schema.options as z.ZodType[]) : [];
  const types = [...new Set(options.map((option) => expectedType(option, 'a value', context, [])))];
  return [{ field, message: `must be ${types.length > 0 ? types.join(' or ') : 'valid'}, found ${found()}` }];
}

/** The problem for a field that is not there. */
function missingMessage(schema: z.ZodType | undefined, context: TranslationContext, path: PropertyKey[]): string {
  if (schema instanceof z.ZodLiteral) {
    const [value] = schema.values;
    return `required field is missing; expected ${quote(String(value))}`;
  }
  // a dataset without, say, relationships has to say so: a missing collection is more likely a typo
  if (context.topLevel && path.length === 1 && schema instanceof z.ZodArray) {
    return 'required field is missing; use [] for none';
  }
  return 'required field is missing';
}

function expectedType(
  schema: z.ZodType | undefined,
  zodExpected: string,
  context: TranslationContext,
  path: PropertyKey[],
): string {
  if (schema instanceof z.ZodString) return 'a string';
  // z.int() reports a value of another type as "expected number": the schema knows it wanted an integer
  if (schema instanceof z.ZodNumber) return schema.isInt ? 'an integer' : 'a number';
  if (schema instanceof z.ZodBoolean) return 'a boolean (true or false)';
  if (schema instanceof z.ZodArray) return 'an array';
  if (schema instanceof z.ZodObject) return context.topLevel && path.length === 0 ? 'a JSON object' : 'an object';
  // a discriminated union's options are objects (a basis); a plain union's are named by the types they take
  if (schema instanceof z.ZodDiscriminatedUnion) return 'an object';
  if (schema instanceof z.ZodUnion) {
    const types = (schema.options as z.ZodType[]).map((option) => expectedType(option, zodExpected, context, []));
    return [...new Set(types)].join(' or ');
  }
  return zodExpected;
}

function unknownFieldMessage(name: string, allowed: readonly string[]): string {
  const suggestion = closestName(name, allowed);
  return suggestion !== undefined
    ? `unknown field; did you mean ${quote(suggestion)}?`
    : `unknown field; allowed fields: ${allowed.join(', ')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Finding an issue's schema and value again

/**
 * The schema that checks the value at `path`, without its optional wrapper; undefined if the path leaves it. A
 * union on the way is resolved to the option for the value found there (`input` is the value checked at the root).
 */
function schemaAt(root: z.ZodType, path: readonly PropertyKey[], input?: unknown): z.ZodType | undefined {
  let schema: z.ZodType | undefined = withoutOptional(root);
  for (const [index, key] of path.entries()) {
    if (schema instanceof z.ZodUnion) schema = unionOptionFor(schema, valueAt(input, path.slice(0, index)));
    if (schema instanceof z.ZodObject && typeof key === 'string' && Object.hasOwn(schema.shape, key)) {
      schema = withoutOptional(schema.shape[key] as z.ZodType);
    } else if (schema instanceof z.ZodArray && typeof key === 'number') {
      schema = withoutOptional(schema.element as z.ZodType);
    } else {
      return undefined;
    }
  }
  return schema instanceof z.ZodUnion ? (unionOptionFor(schema, valueAt(input, path)) ?? schema) : schema;
}

/**
 * The option of a union that would check `value`: for a discriminated union, the one its tag names; otherwise the
 * one for its JSON type (an object's or a string's).
 */
function unionOptionFor(union: z.ZodUnion, value: unknown): z.ZodType | undefined {
  const options = union.options as z.ZodType[];
  if (union instanceof z.ZodDiscriminatedUnion) {
    const tag = union._zod.def.discriminator;
    if (!isJsonObject(value)) return undefined;
    return options.find((option) => {
      const literal: unknown = option instanceof z.ZodObject ? option.shape[tag] : undefined;
      return literal instanceof z.ZodLiteral && literal.values.has(value[tag] as z.core.util.Literal);
    });
  }
  return options.find((option) =>
    isJsonObject(value) ? option instanceof z.ZodObject : typeof value === 'string' && option instanceof z.ZodString,
  );
}

function withoutOptional(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    // own properties only: a "__proto__" or "constructor" in the path must not reach Object.prototype
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** True when the issue is about a field its object does not have (not one that is there but wrong). */
function isMissing(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(root, path.slice(0, -1));
  return isJsonObject(parent) && !Object.hasOwn(parent, path.at(-1)!);
}

// ---------------------------------------------------------------------------------------------------------------
// Wording

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "evidence[0].exact": the path as the dataset's author would write it in JavaScript. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let field = '';
  for (const key of path) {
    if (typeof key === 'number') field += `[${key}]`;
    else field += field === '' ? String(key) : `.${String(key)}`;
  }
  return field;
}

/** How a wrong value is shown in a message: its JSON type, and the value itself when it is short. */
function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `a string (${quote(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `a boolean (${value})`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function quote(value: string): string {
  return JSON.stringify(value);
}
