import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../helpers/fixtures.ts';
import { startSession, type Session } from '../helpers/browser.ts';
import { clickFigure, expectReviewKept, findInGrid, importThroughChooser, openDocument, review, sessionDocumentCount, shot } from '../e2e/workbench-flows.ts';

/* The workbench flows on the five real articles of ../shared/corpus, imported through the file chooser. */

const CORPUS = path.join(SHARED, 'corpus');
let session: Session;
beforeAll(async () => { session = await startSession(); });
afterAll(async () => { await session?.close(); });

describe('the workbench on the corpus', () => {
  it('finds the operating revenue of the Q&A record, links it both ways and keeps the review', async () => {
    const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS, f));
    const page = await session.open();
    await importThroughChooser(page, files);
    expect(sessionDocumentCount(session)).toBe(5);

    await openDocument(page, 'The investor relations activity record');
    await findInGrid(page, 'operating revenue', '9.287 billion yuan');
    await shot(page, 'corpus-operating-revenue');

    await clickFigure(page, '5,700 mt', 'rare earth oxide production volume');
    await review(page, 'Matches the Q1 operating data release.');

    await page.reload();
    await openDocument(page, 'The investor relations activity record');
    await expectReviewKept(page, '5,700 mt', 'Matches the Q1 operating data release.');
    await shot(page, 'corpus-after-reload');
    await page.close();
  });
});
