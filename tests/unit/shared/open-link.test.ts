import { describe, expect, it } from 'vitest';
import { LinkOpener } from '../../../electron/open-links.ts';
import { openLink, openUrlInArgs, parseOpenQuery, parseOpenUrl, sameWorkspace } from '../../../shared/open-link.ts';

const WORKSPACE = '/home/ana/Research & Notes/Q1 (draft).assay';

describe('links back to a passage', () => {
  it('are built with the workspace URL-encoded, and read back to the same target', () => {
    const link = openLink({ base: 'assay://open', workspace: WORKSPACE }, { metric: 42 });
    expect(link).toBe('assay://open?workspace=%2Fhome%2Fana%2FResearch+%26+Notes%2FQ1+%28draft%29.assay&metric=42');
    expect(parseOpenUrl(link)).toEqual({ workspace: WORKSPACE, metric: 42 });
    const note = openLink({ base: 'http://127.0.0.1:5173/open', workspace: 'C:\\Users\\ana\\Default.assay' }, { annotation: 7 });
    expect(parseOpenQuery(new URL(note).search)).toEqual({ workspace: 'C:\\Users\\ana\\Default.assay', annotation: 7 });
  });

  it('name one workspace and exactly one metric or annotation by a positive number, and nothing else', () => {
    for (const query of ['metric=1', 'workspace=w', 'workspace=w&metric=1&annotation=2', 'workspace=w&metric=0',
      'workspace=w&metric=1.5', 'workspace=w&metric=x', 'workspace=w&metric=1&metric=2', 'workspace=w&workspace=v&metric=1',
      'workspace=w&metric=1&extra=1', 'workspace=&metric=1']) {
      expect(parseOpenQuery(query), query).toBeNull();
    }
    expect(parseOpenQuery('?workspace=w&annotation=3')).toEqual({ workspace: 'w', annotation: 3 });
  });

  it('are told apart from the window\'s own origin and from other schemes', () => {
    expect(parseOpenUrl('assay://app/index.html?workspace=w&metric=1')).toBeNull();
    expect(parseOpenUrl('assay://open/other?workspace=w&metric=1')).toBeNull();
    expect(parseOpenUrl('https://open?workspace=w&metric=1')).toBeNull();
    expect(parseOpenUrl('not a url')).toBeNull();
    expect(parseOpenUrl('assay://open/?workspace=w&metric=1')).toEqual({ workspace: 'w', metric: 1 });
    expect(openUrlInArgs(['/opt/Assay/assay', '--no-sandbox', 'assay://open?workspace=w&metric=5'])).toEqual({ workspace: 'w', metric: 5 });
    expect(openUrlInArgs(['/opt/Assay/assay', 'assay://app/'])).toBeNull();
  });

  it('compare Windows paths without regard to case or slashes, others exactly', () => {
    expect(sameWorkspace('C:\\Users\\Ana\\A.assay', 'c:/users/ana/a.assay')).toBe(true);
    expect(sameWorkspace('/home/ana/A.assay', '/home/ana/a.assay')).toBe(false);
  });
});

describe('the desktop app\'s link opener', () => {
  it('sends a link to the open window, and holds one for a window not there yet', () => {
    const sent: string[] = [];
    let windowOpen = false;
    const opener = new LinkOpener((query) => (windowOpen ? (sent.push(query), true) : false));
    expect(opener.args(['/opt/Assay/assay', 'assay://open?workspace=%2Fw.assay&metric=3'])).toBe(true);
    expect(sent).toEqual([]);
    expect(opener.takePending()).toBe('workspace=%2Fw.assay&metric=3');
    expect(opener.takePending()).toBeNull();
    windowOpen = true;
    expect(opener.url('assay://open?workspace=%2Fw.assay&annotation=9')).toBe(true);
    expect(sent).toEqual(['workspace=%2Fw.assay&annotation=9']);
    expect(opener.url('assay://open?workspace=%2Fw.assay&metric=-1')).toBe(false);
    expect(opener.args(['/opt/Assay/assay', '--second'])).toBe(false);
    expect(sent).toHaveLength(1);
  });
});
