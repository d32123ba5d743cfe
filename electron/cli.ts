import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isAssayError } from '../shared/errors.ts';
import { COMMON_OPTIONS, type Command } from './cli/command.ts';
import { endQuietlyWhenPipeCloses, processIo, safeIo, type Io } from './cli/output.ts';

/*
 * The `assay` command: each subcommand is one module in cli/, loaded only when it runs, so
 * `assay serve` does not load the exporters, the importers or the team hub's client first.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./cli/import-command.ts')).importCommand,
  docs: async () => (await import('./cli/docs-command.ts')).docsCommand,
  show: async () => (await import('./cli/show-command.ts')).showCommand,
  text: async () => (await import('./cli/text-command.ts')).textCommand,
  search: async () => (await import('./cli/search-command.ts')).searchCommand,
  extract: async () => (await import('./cli/extract-command.ts')).extractCommand,
  serve: async () => (await import('./cli/serve-command.ts')).serveCommand,
  annotations: async () => (await import('./cli/annotations-command.ts')).annotationsCommand,
  check: async () => (await import('./cli/check-command.ts')).checkCommand,
  export: async () => (await import('./cli/export-command.ts')).exportCommand,
  reextract: async () => (await import('./cli/reextract-command.ts')).reextractCommand,
  'import-corrections': async () => (await import('./cli/corrections-command.ts')).correctionsCommand,
  team: async () => (await import('./cli/team-command.ts')).teamCommand,
  sync: async () => (await import('./cli/sync-command.ts')).syncCommand,
};

async function usage(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Assay: an offline workbench for the figures in analysts\' sources.',
    '',
    'Usage:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
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
  if (terminal === processIo) endQuietlyWhenPipeCloses();
  const io = safeIo(terminal);
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(await usage());
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`assay: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run "assay help".`);
    return 2;
  }
  const command = await load();
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
