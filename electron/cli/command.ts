import type { z } from 'zod';
import { AssayError } from '../../shared/errors.ts';
import type { ParseArgsConfig } from 'node:util';
import type { Io } from './output.ts';

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  workspace: { type: 'string', short: 'w' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export interface CommandArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** One `assay` subcommand. `run` returns the exit status. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  run(args: CommandArgs, io: Io): Promise<number>;
}

/** Parses one command-line value with zod; a bad value is a usage error with zod's message. */
export function argument<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AssayError('USAGE', parsed.error.issues[0]!.message);
}
