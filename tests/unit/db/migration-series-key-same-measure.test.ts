import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrations/index.ts';
import { seriesKeySameMeasure } from '../../../electron/core/db/migrations/0037-series-key-same-measure.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

const now = '2026-12-07T00:00:00.000Z';
const VERSION = seriesKeySameMeasure.version;

describe(`00${VERSION}-series-key-same-measure`, () => {
  it('writes every metric\'s series key again, so a plural and "production volume" join their series; labels stay', () => {
    const db = new BetterSqlite3(tempWorkspacePath());
    migrate(db, VERSION - 1);
    db.prepare(`INSERT INTO documents (id, title, file_name, format, created_at, updated_at) VALUES (1, 'T', 'a.txt', 'txt', ?, ?)`).run(now, now);
    const add = db.prepare(`INSERT INTO metrics (id, document_id, label, entity, series_key, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?)`);
    // As the earlier key left them: three series for two measures.
    add.run(1, 'NEVs production', null, 'nevs production\u001f', now, now);
    add.run(2, 'NEV production', null, 'nev production\u001f', now, now);
    add.run(3, 'Rare earth oxide production volume', 'China Northern Rare Earth', 'rare earth oxide production volume\u001fchina northern rare earth', now, now);
    // Enough rows to need more than one page.
    for (let id = 4; id < 5_010; id++) add.run(id, 'Revenue', null, 'revenue\u001f', now, now);
    migrate(db, VERSION);
    expect(schemaVersion(db)).toBe(VERSION);
    const key = db.prepare('SELECT label, series_key AS key FROM metrics WHERE id = ?');
    expect(key.get(1)).toEqual({ label: 'NEVs production', key: 'nev output\u001f' });
    expect(key.get(2)).toEqual({ label: 'NEV production', key: 'nev output\u001f' });
    expect(key.get(3)).toEqual({ label: 'Rare earth oxide production volume', key: 'rare earth oxide output\u001fchina northern rare earth' });
    expect(key.get(5_009)).toEqual({ label: 'Revenue', key: 'revenue\u001f' });
    db.close();
  });
});
