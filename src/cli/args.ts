// Argument parsing shared by every `kg` command: node:util parseArgs, with its errors turned into
// one line that names the problem and the valid choices (a UsageError: exit 2, no stack trace).
import { type ParseArgsConfig, parseArgs } from "node:util";
import { didYouMean, didYouMeanPhrase } from "../model/did-you-mean.ts";

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses `argv` against `options`, allowing at most `maxPositionals` positional arguments
 * (named in `positionalNames` for the error message).
 */
export function parseCommandArgs(
  argv: readonly string[],
  options: Options,
  positionalNames: readonly string[] = [],
): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(argv, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw toUsageError(error, options);
  }
  if (parsed.positionals.length > positionalNames.length) {
    const extra = parsed.positionals[positionalNames.length];
    const expected =
      positionalNames.length === 0
        ? "this command takes no arguments besides options"
        : `expected at most ${positionalNames.join(" ")}`;
    throw new UsageError(`unexpected argument ${JSON.stringify(extra)}: ${expected}`);
  }
  return { values: parsed.values as ParsedArgs["values"], positionals: parsed.positionals };
}

/**
 * parseArgs refuses `--depth -1` as ambiguous; joining it into `--depth=-1` lets the depth check
 * report the real problem (a negative depth) instead of a missing value.
 */
function joinNegativeNumbers(argv: readonly string[], options: Options): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const name = argv[index].startsWith("--") ? argv[index].slice(2) : "";
    const next = argv[index + 1];
    if (options[name]?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${argv[index]}=${next}`);
      index++;
    } else {
      joined.push(argv[index]);
    }
  }
  return joined;
}

function toUsageError(error: unknown, options: Options): Error {
  if (!(error instanceof Error)) return new UsageError(String(error));
  const code = (error as { code?: string }).code;
  const flag = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? "";
  const valid = Object.keys(options).map((name) => `--${name}`);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const suggestion = didYouMeanPhrase(
      didYouMean(flag.replace(/^-+/, ""), Object.keys(options), 1),
    );
    const hint = suggestion.replace(/"([^"]+)"/, '"--$1"');
    return new UsageError(`unknown option ${flag}${hint}; options: ${valid.join(", ")}`);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = flag.replace(/^-+/, "");
    if (options[name]?.type === "boolean") return new UsageError(`${flag} takes no value`);
    return new UsageError(`${flag} needs a value, as in ${flag} VALUE`);
  }
  return new UsageError(error.message.split("\n")[0]);
}

/** One of a closed list of values, or a UsageError listing them. */
export function parseChoice<T extends string>(
  flag: string,
  value: string,
  choices: readonly T[],
  noun: string,
): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `${flag}: unknown ${noun} ${JSON.stringify(value)}${didYouMeanPhrase(didYouMean(value, choices, 1))}; valid ${noun}s: ${choices.join(", ")}`,
  );
}

/** A comma-separated list of values from a closed list (`--kinds actor,threat`). */
export function parseList(
  flag: string,
  value: string,
  choices: readonly string[],
  noun: string,
): string[] {
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length === 0) {
    throw new UsageError(
      `${flag} needs at least one ${noun}; valid ${noun}s: ${choices.join(", ")}`,
    );
  }
  return items.map((item) => parseChoice(flag, item, choices, noun));
}

/** A whole number 0 or more (`--depth 2`). */
export function parseCount(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) {
    throw new UsageError(`${flag} must be a whole number 0 or more, not ${JSON.stringify(value)}`);
  }
  return Number(value);
}
