import fs from 'node:fs';
import type { z } from 'zod';

/** Reads a JSON-lines file, validating each line with `schema`; bad lines say where they are. */
export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
    return parsed.data;
  });
}
