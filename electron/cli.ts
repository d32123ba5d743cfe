import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isAssayError } from '../shared/errors.ts';
import { COMMON_OPTIONS, type Command } from './cli/command.ts';
import { annotationsCommand } from './cli/annotations-command.ts';
import { checkCommand } from './cli/check-command.ts';
import { correctionsCommand } from './cli/corrections-command.ts';
import { exportCommand } from './cli/export-command.ts';
import { docsCommand } from './cli/docs-command.ts';
import { extractCommand } from './cli/extract-command.ts';
import { importCommand } from './cli/import-command.ts';
import { processIo, safeIo, type Io } from './cli/output.ts';
import { reextractCommand } from './cli/reextract-command.ts';
import { searchCommand } from './cli/search-command.ts';
import { serveCommand } from './cli/serve-command.ts';
import { showCommand } from './cli/show-command.ts';
import { syncCommand } from './cli/sync-command.ts';
import { teamCommand } from './cli/team-command.ts';
import { textCommand } from './cli/text-command.ts';

/** The `assay` command: each subcommand is one module in cli/. */
const COMMANDS: Command[] = [importCommand, docsCommand, showCommand, textCommand, searchCommand, extractCommand, serveCommand, annotationsCommand, checkCommand, exportCommand,
  reextractCommand, correctionsCommand, teamCommand, syncCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'Assay: an offline workbench for the figures in analysts\' sources.',
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --json for scripts. --workspace PATH picks the workspace file',
    '(default: $ASSAY_WORKSPACE, else Default.assay in the application-data folder).',
  ].join('\n');
}

/**
 * An option of the command written after "--" (`assay import -- a.txt -w WS`): POSIX reads it
 * as a file name, so the import would go to the default workspace. Refused rather than guessed.
 */
function optionAfterEnd(args: string[], options: Record<string, { readonly type: string; readonly short?: string }>): string | null {
  const end = args.indexOf('--');
  if (end === -1) return null;
  const names = new Set(Object.entries(options).flatMap(([long, o]) => [`--${long}`, ...(o.short ? [`-${o.short}`] : [])]));
  return args.slice(end + 1).find((a) => names.has(a.split('=')[0]!)) ?? null;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit status. */
export async function main(argv: string[], terminal: Io = processIo): Promise<number> {
  const io = safeIo(terminal);
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`assay: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Run "assay help".`);
    return 2;
  }
  try {
    const options = { ...COMMON_OPTIONS, ...command.options };
    const stray = optionAfterEnd(rest, options);
    if (stray) {
      io.err(`assay ${name}: "${stray}" comes after "--", so it would be read as a file name. Put options before "--". Usage: ${command.usage}`);
      return 2;
    }
    const { values, positionals } = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    if (values.help) {
      io.out(`${command.usage}\n\n${command.summary}`);
      return 0;
    }
    return await command.run({ values, positionals }, io);
  } catch (error) {
    if (isAssayError(error)) {
      io.err(`assay ${name}: ${error.message}`);
      return error.code === 'USAGE' ? 2 : 1;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`assay ${name}: ${(error as Error).message}. Usage: ${command.usage}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
