import { describe, expect, it } from 'vitest';
import { newestFitting, VALUE_WIDTH, CHANGE_WIDTH } from '../../../renderer/app/sheet-widths.ts';

const quarter = (key: string, start: string, end: string) => ({ key, label: key, start, end });
const periods = [quarter('1Q24', '2024-01-01', '2024-03-31'), quarter('4Q24', '2024-10-01', '2024-12-31'), quarter('1Q25', '2025-01-01', '2025-03-31')];
const total = (widths: Array<{ newWidth: number }>) => widths.reduce((s, w) => s + w.newWidth, 0);

describe('the period sheet as it opens', () => {
  it('fills its room with the newest periods that fit whole: no blank after the last, none cut at the left', () => {
    // The reviewer's 1440 × 900 sheet: 2 series × 3 quarters with Q/Q and Y/Y, 373 px beside the pinned columns.
    const widths = newestFitting(periods as never, true, 373)!;
    expect(widths.map((w) => w.key)).toEqual(['p:1Q24', 'qoq:1Q24', 'yoy:1Q24', 'p:4Q24', 'qoq:4Q24', 'yoy:4Q24', 'p:1Q25', 'qoq:1Q25', 'yoy:1Q25']);
    // One quarter (its value, Q/Q and Y/Y) fits whole, and takes the whole room, to the pixel.
    expect(total(widths.slice(-3))).toBe(373);
    expect(total(widths.slice(-6))).toBeGreaterThan(373);
    // Without the changes, two quarters of 104 px fit in 250 px; widened, they fill it.
    const narrow = newestFitting(periods as never, false, 250)!;
    expect(total(narrow.slice(-2))).toBe(250);
    expect(narrow[0]!.newWidth).toBeGreaterThan(VALUE_WIDTH);
  });

  it('moves nothing when every period fits, and keeps the widths when none fits whole', () => {
    expect(newestFitting(periods as never, false, 600)).toBeNull();
    expect(newestFitting(periods as never, true, 200)!.map((w) => w.newWidth)).toEqual([104, 80, 80, 104, 80, 80, 104, 80, 80].map((w) => (w === 104 ? VALUE_WIDTH : CHANGE_WIDTH)));
  });
});
