import { describe, expect, it } from 'vitest';
import { sameView, unfiltered } from '../../../renderer/app/grid-view-state.ts';
import type { ViewState } from '../../../shared/views.ts';

const columns = [
  { colId: 'label', hide: false, width: 300, sort: null, sortIndex: null },
  { colId: 'value', hide: false, width: 116, sort: null, sortIndex: null },
  { colId: 'unit', hide: true, width: 80, sort: null, sortIndex: null },
];
const saved: ViewState = { view: 'list', quick: 'Pr-Nd', status: ['unreviewed', 'disputed'], tagId: null, filters: { entity: 'China' }, columns, followReader: false };

describe('the Views button\'s view of the grid', () => {
  it('is the saved view while the grid stands as it left it, widths aside', () => {
    expect(sameView(saved, { ...saved })).toBe(true);
    expect(sameView(saved, { ...saved, status: ['disputed', 'unreviewed'], columns: columns.map((c) => ({ ...c, width: c.width + 40 })) })).toBe(true);
    // Columns added to the grid since the view was saved are not the view's.
    expect(sameView(saved, { ...saved, columns: [...columns, { colId: 'tags', hide: true, width: 100, sort: null, sortIndex: null }] })).toBe(true);
  });

  it('is modified by a filter, a status, the scope, list or sheet, a sort, a column shown or moved', () => {
    for (const now of [
      { ...saved, quick: '' }, { ...saved, status: [] }, { ...saved, tagId: 3 }, { ...saved, filters: {} }, { ...saved, followReader: true }, { ...saved, view: 'sheet' as const },
      { ...saved, columns: columns.map((c) => (c.colId === 'value' ? { ...c, sort: 'desc' as const, sortIndex: 0 } : c)) },
      { ...saved, columns: columns.map((c) => (c.colId === 'unit' ? { ...c, hide: false } : c)) },
      { ...saved, columns: [columns[1]!, columns[0]!, columns[2]!] },
    ]) expect(sameView(saved, now)).toBe(false);
  });

  it('knows a grid that nothing narrows', () => {
    expect(unfiltered(saved)).toBe(false);
    expect(unfiltered({ ...saved, quick: ' ', status: [], filters: { entity: '' } })).toBe(true);
    expect(unfiltered({ ...saved, quick: '', status: [], filters: {}, tagId: 1 })).toBe(false);
  });
});
