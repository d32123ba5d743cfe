import { describe, expect, it } from 'vitest';
import { moveItem } from '../../../renderer/app/reports/move-item.ts';
import type { ReportSection } from '../../../shared/reports.ts';

const m = (metricId: number) => ({ kind: 'metric' as const, metricId });
const sections: ReportSection[] = [{ heading: 'A', commentary: '', items: [m(1), m(2), m(3)] }, { heading: 'B', commentary: '', items: [m(4)] }];
const ids = (s: ReportSection[]) => s.map((x) => x.items.map((i) => (i.kind === 'annotation' ? 0 : i.metricId)));

describe('moving report items', () => {
  it('moves within a section, up and down', () => {
    expect(ids(moveItem(sections, { section: 0, index: 2 }, { section: 0, index: 0 }))).toEqual([[3, 1, 2], [4]]);
    expect(ids(moveItem(sections, { section: 0, index: 0 }, { section: 0, index: 2 }))).toEqual([[2, 1, 3], [4]]);
    expect(ids(moveItem(sections, { section: 0, index: 0 }, { section: 0, index: 3 }))).toEqual([[2, 3, 1], [4]]);
  });

  it('moves across sections and leaves the original untouched', () => {
    expect(ids(moveItem(sections, { section: 0, index: 1 }, { section: 1, index: 0 }))).toEqual([[1, 3], [2, 4]]);
    expect(ids(moveItem(sections, { section: 1, index: 0 }, { section: 0, index: 9 }))).toEqual([[1, 2, 3, 4], []]);
    expect(ids(sections)).toEqual([[1, 2, 3], [4]]);
    expect(moveItem(sections, { section: 5, index: 0 }, { section: 0, index: 0 })).toBe(sections);
  });
});
