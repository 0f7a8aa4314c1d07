/**
 * What every command shares about its arguments: they are parsed by node:util's `parseArgs` in strict mode, and a
 * usage error prints the command's usage line, then one line naming the problem (`claimgraph generate: unknown
 * option --statments`), on stderr, and exits 2. `--help` (or `-h`) prints the usage line on stdout and exits 0.
 *
 * The usage line comes first so that its first line is the same for every kind of mistake; the problem line is
 * written here rather than taken from Node's error text, which varies between Node versions and speaks of
 * "positional arguments" and "ambiguous" values that a user of the command need not know about.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit code of a usage error (0 success and 1 failure are the commands' own). */
export const USAGE_EXIT_CODE = 2;

/** The `--help` / `-h` option; each command lists it among its options so that its parsed type includes it. */
export const helpOption = { type: 'boolean', short: 'h' } as const;

type CommandConfig = Omit<ParseArgsConfig, 'args' | 'strict' | 'tokens'> & {
  options: { help: typeof helpOption };
};

/** What parseArgs returns for a command's config, with every option's value typed from the config. */
export type ParsedCommandArgs<C extends CommandConfig> = ReturnType<
  typeof parseArgs<C & { args: string[]; strict: true }>
>;

/** Prints `usage` and `claimgraph <command>: <problem>` on stderr; returns the usage exit code. */
export function usageError(command: string, usage: string, problem?: string): number {
  console.error(problem === undefined ? usage : `${usage}\nclaimgraph ${command}: ${problem}`);
  return USAGE_EXIT_CODE;
}

/**
 * Parses a command's arguments strictly. Returns the parsed values and positionals, or, when the command should
 * stop at once, its exit code: 0 after printing the usage for `--help`, 2 after a usage error.
 */
export function parseCommandArgs<C extends CommandConfig>(
  command: string,
  usage: string,
  args: string[],
  config: C,
): ParsedCommandArgs<C> | number {
  let parsed: ParsedCommandArgs<C>;
  try {
    parsed = parseArgs({ ...config, args, strict: true });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    // `--help` wins over a mistake elsewhere on the line: the user asking for help is the one who needs it
    if (asksForHelp(args, config)) return showHelp(usage);
    return usageError(command, usage, describeProblem(args, config) ?? error.message);
  }
  if ((parsed.values as { help?: boolean }).help === true) return showHelp(usage);
  // parseArgs accepts `--file=` (or `--file ''`) as a value; no option of the CLI means anything by an empty one
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '') return usageError(command, usage, `option --${name} needs a value`);
  }
  return parsed;
}

function showHelp(usage: string): number {
  console.log(usage);
  return 0;
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS_')
  );
}

/** The arguments as parseArgs reads them, without rejecting anything, so that the first mistake can be named. */
function lenientTokens(args: string[], config: CommandConfig) {
  return parseArgs({ ...config, args, strict: false, allowPositionals: true, tokens: true }).tokens;
}

function asksForHelp(args: string[], config: CommandConfig): boolean {
  return lenientTokens(args, config).some((token) => token.kind === 'option' && token.name === 'help');
}

/** One line naming the first argument strict parsing rejects, or undefined if it cannot be told apart. */
function describeProblem(args: string[], config: CommandConfig): string | undefined {
  const options: Record<string, { type: 'string' | 'boolean' }> = config.options;
  for (const token of lenientTokens(args, config)) {
    if (token.kind === 'positional' && config.allowPositionals !== true)
      return `unexpected argument ${JSON.stringify(token.value)}`;
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (option === undefined) return `unknown option ${token.rawName}`;
    if (option.type === 'string' && token.value === undefined) return `option ${token.rawName} needs a value`;
    if (option.type === 'string' && token.inlineValue === false && token.value?.startsWith('-')) {
      // parseArgs refuses `--out --import`: more likely a forgotten value than a value that starts with a dash
      return `option ${token.rawName} needs a value, got the option-like ${JSON.stringify(token.value)} (write ${token.rawName}=${token.value} if that is the value)`;
    }
    if (option.type === 'boolean' && token.inlineValue === true) return `option ${token.rawName} takes no value`;
  }
  return undefined;
}
