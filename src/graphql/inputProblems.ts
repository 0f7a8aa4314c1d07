/**
 * A mutation's input problems as one BAD_USER_INPUT error: the message lists them all, and
 * `extensions.problems` gives each one's input field (`input.evidence[0].exact`) and message.
 */
import { GraphQLError } from 'graphql';
import type { DatasetProblem } from '../ingest/validateDataset.js';

export interface InputProblem {
  field: string;
  message: string;
}

export function inputError(problems: InputProblem[]): GraphQLError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new GraphQLError(
    `the input is not valid (${count}): ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    { extensions: { code: 'BAD_USER_INPUT', argumentPath: problems[0]?.field, problems } },
  );
}

/** Fields a mutation fills in itself, reported against the input field they come from. */
const DERIVED_FIELDS: Record<string, string> = { textFile: 'text', sha256: 'text' };

/**
 * Names the input field a record field comes from, when the mutation fills it from a differently named one (a
 * date given as `saidOnFact`); null for a record field the mutation derives from input whose own problems are
 * reported already (a claimant's evidence taken from the claim's appearances).
 */
export type InputFieldOf = (field: string) => string | null;

/** Maps the validator's problems with a single record to the mutation's input fields. */
export function problemsOfInput(
  problems: DatasetProblem[],
  argument = 'input',
  inputField: InputFieldOf = (field) => field,
): InputProblem[] {
  return problems.flatMap((problem) => {
    const [head = '', ...rest] = problem.field.split('.');
    const field = inputField([DERIVED_FIELDS[head] ?? head, ...rest].filter((part) => part !== '').join('.'));
    if (field === null) return [];
    return [{ field: field === '' ? argument : `${argument}.${field}`, message: problem.message }];
  });
}
