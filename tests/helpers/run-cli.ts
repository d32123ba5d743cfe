import { main } from '../../electron/cli.ts';
import type { Io } from '../../electron/cli/output.ts';

/** Runs `assay` in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => { stdout += `${t}\n`; }, err: (t) => { stderr += `${t}\n`; }, interactive: false, color: false };
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => { stdout += chunk.toString(); return true; }) as typeof process.stdout.write;
  try {
    const code = await main(args, io);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = write;
  }
}
