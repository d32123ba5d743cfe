import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { clientConfig, parseHubUrl } from '../../../electron/core/team/hub-url.ts';
import { sync } from '../../../electron/core/team/team.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('hub URLs', () => {
  it('split the password off, so the workspace keeps the address only', () => {
    const { address, password } = parseHubUrl('postgresql://ann:p%40ss@localhost:5432/team');
    expect(address.url).toBe('postgresql://ann@localhost:5432/team');
    expect(password).toBe('p@ss');
    expect(clientConfig(address, null)).toMatchObject({ ssl: false });
    expect(clientConfig(address, null)).not.toHaveProperty('password');
    // Given to pg inside the connection string: a separate option would be overridden by what pg parses from it.
    expect(clientConfig(address, 'p@ss w').connectionString).toBe('postgresql://ann:p%40ss%20w@localhost:5432/team');
  });

  it('need TLS with a verified certificate for any host off this machine', () => {
    const { address } = parseHubUrl('postgresql://ann@db.example.com/team');
    expect(clientConfig(address, null).ssl).toEqual({ rejectUnauthorized: true, servername: 'db.example.com' });
    for (const mode of ['disable', 'allow', 'prefer', 'require']) {
      expect(() => parseHubUrl(`postgresql://ann@db.example.com/team?sslmode=${mode}`)).toThrow(/only over TLS with its certificate verified/u);
    }
    expect(parseHubUrl('postgresql://ann@db.example.com/team?sslmode=verify-full').address.loopback).toBe(false);
    for (const host of ['127.0.0.1', '[::1]', 'localhost']) expect(parseHubUrl(`postgresql://ann@${host}/team?sslmode=disable`).address.loopback).toBe(true);
  });

  it('split off a password written as a parameter too, and never show one in an error', () => {
    const { address, password } = parseHubUrl('postgresql://bob@127.0.0.1:5432/research?password=s3cret&sslmode=disable');
    expect(address.url).toBe('postgresql://bob@127.0.0.1:5432/research?sslmode=disable');
    expect(password).toBe('s3cret');
    for (const url of ['postgresql://bob:s3cret@host name/db', 'postgresql://ana:s3cr/et@db.example.com/hub', 'postgresql://ana:s3@cret@host:54x/hub']) {
      expect(() => parseHubUrl(url), url).toThrow(/^(?![\s\S]*(?:s3cret|s3cr\/et|cret@))/u);
    }
  });

  it('refuse parameters the driver would let override the host or TLS checked here', () => {
    // Each of these reached 127.0.0.2 in clear text, or another host than the one checked for TLS.
    for (const url of ['postgresql://ann@db.example.com/team?ssl=0', 'postgresql://ann@localhost/team?host=db.example.com',
      'postgresql://ann@localhost/team?hostaddr=10.0.0.9', 'postgresql://ann@localhost/team?port=6543', 'postgresql://ann@localhost/team?options=-c%20x=1']) {
      expect(() => parseHubUrl(url), url).toThrow(/may not carry the parameter/u);
    }
  });

  it('read a team\'s own certificate authority into the TLS settings, never into what pg parses', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-ca-')), 'team-ca.pem');
    fs.writeFileSync(file, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const { address } = parseHubUrl(`postgresql://ann@db.example.com/team?sslmode=verify-full&sslrootcert=${encodeURIComponent(file)}`);
    const config = clientConfig(address, null);
    expect(config.connectionString).toBe('postgresql://ann@db.example.com/team');
    expect(config.ssl).toEqual({ rejectUnauthorized: true, servername: 'db.example.com', ca: fs.readFileSync(file, 'utf8') });
    const missing = parseHubUrl('postgresql://ann@db.example.com/team?sslrootcert=/nowhere/ca.pem').address;
    expect(() => clientConfig(missing, null)).toThrow(/Cannot read sslrootcert=\/nowhere\/ca.pem/u);
  });

  it('refuse a sync through a URL an earlier Assay kept with a parameter now refused, saying what to do, before connecting', async () => {
    const { db } = await openWorkspace(tempWorkspacePath());
    db.prepare(`UPDATE team_state SET workspace_id = 'ab', member = 'Ann', hub_url = 'postgresql://ann@localhost/team?host=db.example.com', recording = 1`).run();
    await expect(sync(db)).rejects.toThrow(/no longer accepts[\s\S]*"host"[\s\S]*join the hub again from a new workspace/u);
    db.close();
  });

  it('refuse what is not a PostgreSQL URL, in words', () => {
    expect(() => parseHubUrl('db.example.com/team')).toThrow(/not a PostgreSQL URL/u);
    expect(() => parseHubUrl('https://db.example.com/team')).toThrow(/starts with postgresql/u);
    expect(() => parseHubUrl('postgresql://db.example.com/')).toThrow(/names a host and a database/u);
  });
});
