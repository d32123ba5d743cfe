import { describe, expect, it } from 'vitest';
import { clientConfig, parseHubUrl } from '../../../electron/core/team/hub-url.ts';

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

  it('refuse what is not a PostgreSQL URL, in words', () => {
    expect(() => parseHubUrl('db.example.com/team')).toThrow(/not a PostgreSQL URL/u);
    expect(() => parseHubUrl('https://db.example.com/team')).toThrow(/starts with postgresql/u);
    expect(() => parseHubUrl('postgresql://db.example.com/')).toThrow(/names a host and a database/u);
  });
});
