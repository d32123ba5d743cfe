import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/core/db/workspace.ts';
import { Service } from '../../../electron/core/service.ts';
import { tempWorkspacePath } from '../../helpers/temp-workspace.ts';

describe('saved views', () => {
  it('saves a view by name, replaces one of the same name, keeps it across a restart and deletes it', async () => {
    const file = tempWorkspacePath();
    const service = new Service(await openWorkspace(file));
    const saved = service.call('views.save', { name: 'To review', state: { status: ['unreviewed', 'disputed'], filters: { period: '2025' }, view: 'sheet' } });
    expect(saved.state).toMatchObject({ view: 'sheet', status: ['unreviewed', 'disputed'], quick: '', tagId: null, filters: { period: '2025' } });
    service.call('views.save', { name: 'to review', state: { quick: 'oxide' } });
    const views = service.call('views.list', {});
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ name: 'to review', state: { quick: 'oxide', view: 'list', status: [] } });
    service.workspace.db.close();
    const again = new Service(await openWorkspace(file));
    expect(again.call('views.list', {})[0]!.id).toBe(saved.id);
    again.call('views.delete', { id: saved.id });
    expect(again.call('views.list', {})).toEqual([]);
    expect(() => again.call('views.delete', { id: saved.id })).toThrow(/no saved view/u);
  });

  it('refuses a view without a name or with a state it cannot restore', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    expect(() => service.call('views.save', { name: '  ', state: {} })).toThrow(/Give the view a name/u);
    expect(() => service.call('views.save', { name: 'x', state: { status: ['approved'] } })).toThrow(/state\.status/u);
    expect(service.call('views.list', {})).toEqual([]);
  });

  it('leaves out a stored view this Assay cannot read instead of showing it empty', async () => {
    const service = new Service(await openWorkspace(tempWorkspacePath()));
    service.call('views.save', { name: 'Good', state: {} });
    service.workspace.db.prepare(`INSERT INTO views (name, state, created_at, updated_at) VALUES ('Broken', '{"view":"cube"}', 'now', 'now')`).run();
    expect(service.call('views.list', {}).map((v) => v.name)).toEqual(['Good']);
  });
});
