import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHub, joinHub } from '../../electron/core/team/team.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { hubName, teamSuite } from '../unit/team/team-suite.ts';
import { shot } from './workbench-flows.ts';

teamSuite('team sync in the workbench', (cluster) => {
  let session: Session;
  beforeAll(async () => {
    const name = hubName();
    const url = await cluster().createDatabase(name);
    await createHub(url);
    await cluster().sql(name, `CREATE ROLE ${name}_ivy LOGIN PASSWORD 'pa55 word' IN ROLE ${name}_editor`);
    await cluster().requirePassword(`${name}_ivy`);
    session = await startSession();
    await joinHub(session.service.workspace.db, url.replace('postgres@', `${name}_ivy:pa55%20word@`), 'Ivy');
  }, 60_000);
  afterAll(async () => { await session?.close(); });

  it('asks for the hub password the hub wants beside the Sync button, and syncs with the one typed', async () => {
    const page = await session.open();
    const team = page.getByRole('status', { name: 'Team sync' });
    await team.getByRole('button', { name: 'Sync' }).click();
    const form = team.getByRole('form', { name: 'Hub password' });
    await form.waitFor({ timeout: 15_000 });
    // Browser mode has no keychain and says the password lasts this session only.
    expect(await form.textContent()).toContain('this session only');
    await form.getByLabel('Hub password').fill('not it');
    await form.getByRole('button', { name: 'Use password' }).click();
    await expect.poll(async () => (await team.textContent()) ?? '', { timeout: 15_000 }).toContain('Password refused');
    await shot(page, 'team-sync-refused');
    await form.getByLabel('Hub password').fill('pa55 word');
    await form.getByRole('button', { name: 'Use password' }).click();
    await expect.poll(async () => (await team.textContent()) ?? '', { timeout: 15_000 }).toMatch(/\d+ sent, 0 received/u);
    expect(await form.count()).toBe(0);
    await shot(page, 'team-sync-password');
    await page.close();
  });
});
