import { expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.ts';
import { fixturePath } from '../../helpers/fixtures.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';
import { hubName, teamSuite } from './team-suite.ts';

teamSuite('assay team and assay sync', (cluster) => {
  it('create a hub, join two workspaces, sync with --json counts, and show the status; refuse what makes no sense, in words', async () => {
    const url = await cluster().createDatabase(hubName());
    const created = await runCli(['team', 'create', url]);
    expect(created).toMatchObject({ code: 0, stdout: expect.stringContaining('now a team hub') });
    // The join line names a placeholder for each analyst's own login, never the owner's.
    const database = url.split('/').pop()!;
    expect(created.stdout).toContain(`assay team join ${url.replace('postgres@', 'LOGIN@')} --as NAME`);
    expect(created.stdout).toContain(`CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE ${database}_editor;`);
    expect(created.stdout).toContain(`IN ROLE ${database}_viewer;`);
    expect(created.stdout).not.toMatch(/team join \S*postgres@/u);
    const [a, b] = [tempWorkspacePath(), tempWorkspacePath()];
    expect((await runCli(['import', '-w', a, fixturePath('ir-record.txt')])).code).toBe(0);
    expect(await runCli(['sync', '-w', a])).toMatchObject({ code: 1, stderr: expect.stringContaining('has not joined a team hub') });
    expect(await runCli(['team', 'join', url, '-w', a])).toMatchObject({ code: 2, stderr: expect.stringContaining('--as NAME') });
    expect(await runCli(['team', 'join', url.replace('postgres@', 'postgres:pw@'), '--as', 'Ann', '-w', a])).toMatchObject({ code: 0, stdout: expect.stringContaining('as Ann (editor)') });
    expect((await runCli(['team', 'join', url, '--as', 'Bo', '-w', b])).code).toBe(0);

    const pushed = await runCli(['sync', '--json', '-w', a]);
    expect(JSON.parse(pushed.stdout)).toMatchObject({ pushed: 1, pulled: 0, role: 'editor' });
    const pulled = await runCli(['sync', '--json', '-w', b]);
    expect(JSON.parse(pulled.stdout)).toMatchObject({ pushed: 0, pulled: 1, documents: 1 });
    expect((await runCli(['docs', '--json', '-w', b])).stdout).toContain('ir-record.txt');

    const status = await runCli(['team', 'status', '-w', b]);
    expect(status.stdout).toMatch(/you {8}Bo \(editor\)/u);
    expect(status.stdout).toContain('members: Ann, Bo');
    expect(status.stdout).not.toContain('pw@');
    expect(await runCli(['team', 'rename', '-w', b])).toMatchObject({ code: 2, stderr: expect.stringContaining('not "rename"') });
    expect(await runCli(['team', 'create', 'postgresql://ann@db.example.com/hub?sslmode=disable'])).toMatchObject({ code: 1, stderr: expect.stringContaining('only over TLS') });
  });
});
