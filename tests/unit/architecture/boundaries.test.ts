import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layering rules live in eslint.config.js; these tests prove they fire, by linting
 * small snippets as if they sat in each layer.
 */

const eslint = new ESLint({ cwd: path.resolve('.') });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('keeps Node, Electron and the other layers out of shared/', async () => {
    expect(await restrictedImports('shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/x.ts', "import path from 'path';\nexport const a = path;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/x.ts', "import { Service } from '../electron/core/service.ts';\nexport const a = Service;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toHaveLength(0);
    // The Markdown engine runs in the renderer and in Node alike, so it lives in shared/ (shared/markdown.ts).
    expect(await restrictedImports('shared/x.ts', "import markdownIt from 'markdown-it';\nexport const a = markdownIt;\n")).toHaveLength(0);
  });

  it('keeps electron out of the core, and lets only the shell import it', async () => {
    expect(await restrictedImports('electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('electron/cli.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(0);
    expect(await restrictedImports('electron/core/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(0);
  });

  it('lets the renderer reach only shared/', async () => {
    expect(await restrictedImports('renderer/x.tsx', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/x.tsx', "import { Service } from '../electron/core/service.ts';\nexport const a = Service;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/x.tsx', "import { contract } from '../shared/contract.ts';\nexport const a = contract;\n")).toHaveLength(0);
  });

  it('keeps electron out of tests', async () => {
    expect(await restrictedImports('tests/unit/x.test.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });
});
