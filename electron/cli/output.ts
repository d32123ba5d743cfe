/** Terminal output helpers shared by the commands. */

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars are drawn only then). */
  interactive: boolean;
  /** Whether stdout is a terminal (bold is used only then). */
  color: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

/**
 * A reader that stops early (`assay search x | head`) closes the pipe: the command then ends
 * quietly, as other Unix tools do, rather than with a stack trace for the EPIPE.
 */
export function endQuietlyWhenPipeCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

/**
 * Text safe to print on a terminal: control characters (a file named with escape sequences
 * would set the terminal's title or colours) are shown escaped, as \x1b; line breaks and
 * tabs stay, and so does the bold the CLI itself puts around search matches.
 */
export function printable(text: string): string {
  return text.replace(/\x1b\[(?:1|22)m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, (c) => {
    if (c.length > 1) return c;
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** The same terminal, every line printed through `printable`. */
export function safeIo(io: Io): Io {
  return { ...io, out: (text) => io.out(printable(text)), err: (text) => io.err(printable(text)) };
}

/** Cuts a string to `width` characters on one line, marking the cut with an ellipsis. */
export function clip(text: string, width: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}

/** Plain aligned columns; the last column is not padded. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One-line progress bar, redrawn in place on a terminal. */
export function progressLine(done: number, total: number, bytesDone: number, bytesTotal: number, label: string): string {
  const ratio = bytesTotal > 0 ? bytesDone / bytesTotal : total > 0 ? done / total : 1;
  const width = 24;
  const filled = Math.round(ratio * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  return `\r${bar} ${String(Math.round(ratio * 100)).padStart(3)}%  ${done}/${total}  ${clip(label, 40).padEnd(40)}`;
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
