import { parseArgs, type ParseArgsConfig } from "node:util";
import { describeValue } from "../../lib/content";

/** Exit code of a mistake in how a command was called; 1 is left to what the command finds (a content error, a failed check). */
export const USAGE_EXIT_CODE = 2;

/** Ends the command with what was wrong and its one-line usage. */
export function usageError(usage: string, problem: string): never {
  console.error(`${problem}\n${usage}`);
  process.exit(USAGE_EXIT_CODE);
}

/** What node:util's parseArgs refused, in the caller's words, each argument shown as content values are (invisible characters spelled out). */
function problemOf(error: Error & { code?: string }): string | undefined {
  const named = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${describeValue(named)}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      // One code for a value missing and for a value given to a yes-or-no option.
      return `${describeValue(named.split(" ")[0])} ${error.message.includes("does not take an argument") ? "takes no value" : "needs a value"}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${describeValue(named)}`;
    default:
      return undefined;
  }
}

/**
 * The command's arguments, parsed strictly: an unknown option, an option without its value or an
 * argument too many ends the command with `usage` and exit code 2, never a stack trace.
 * `positionals` bounds how many arguments it takes besides its options.
 */
export function commandLine<Options extends NonNullable<ParseArgsConfig["options"]>>(
  usage: string,
  options: Options,
  positionals: { min?: number; max: number } = { max: 0 },
) {
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals: positionals.max > 0, strict: true });
  } catch (error) {
    const problem = error instanceof Error ? problemOf(error) : undefined;
    if (problem === undefined) throw error;
    usageError(usage, problem);
  }
  const count = parsed.positionals.length;
  if (count > positionals.max) usageError(usage, `unexpected argument ${describeValue(parsed.positionals[positionals.max])}`);
  if (count < (positionals.min ?? 0)) usageError(usage, `missing argument`);
  return parsed;
}
