import type { Database } from 'better-sqlite3';
import { documents } from './0001-documents.ts';
import { passages } from './0002-passages.ts';
import { metrics } from './0003-metrics.ts';
import { annotations } from './0004-annotations.ts';
import { metricDetails } from './0005-metric-details.ts';
import { metricSentenceRange } from './0006-metric-sentence-range.ts';
import { trimMetricIndexes } from './0007-trim-metric-indexes.ts';
import { settings } from './0008-settings.ts';
import { metricPositionIndex } from './0009-metric-position-index.ts';
import { anchorState } from './0010-anchor-state.ts';
import { history } from './0011-history.ts';
import { actions } from './0012-actions.ts';
import { trash } from './0013-trash.ts';
import { metricLabelPeriodIndex } from './0014-metric-label-period-index.ts';
import { reports } from './0015-reports.ts';
import { metricSeries } from './0016-metric-series.ts';
import { actionBatches } from './0017-action-batches.ts';
import { savedViews } from './0018-saved-views.ts';
import { sheetIndexes } from './0019-sheet-indexes.ts';
import { metricUnitValueIndex } from './0020-metric-unit-value-index.ts';
import { teamChanges } from './0021-team-changes.ts';
import { teamDocuments } from './0022-team-documents.ts';
import { passagesFtsPrefix } from './0023-passages-fts-prefix.ts';
import { documentListingIndex } from './0024-document-listing-index.ts';
import { annotationUids } from './0025-annotation-uids.ts';
import { reportUids } from './0026-report-uids.ts';
import { tagUids } from './0027-tag-uids.ts';
import { tagTrash } from './0028-tag-trash.ts';
import { metricKeysCountTrash } from './0029-metric-keys-count-trash.ts';
import { staleMetricIndex } from './0030-stale-metric-index.ts';
import { trashPurged } from './0031-trash-purged.ts';
import { earlierWorkOffered } from './0032-earlier-work-offered.ts';
import { passagesCjkGrams } from './0033-passages-cjk-grams.ts';
import { hubUrlWithoutPassword } from './0034-hub-url-without-password.ts';
import { teamDocumentIdentity } from './0035-team-document-identity.ts';
import { teamClockRollover } from './0036-team-clock-rollover.ts';
import { seriesKeySameMeasure } from './0037-series-key-same-measure.ts';
import { metricTeamWork } from './0038-metric-team-work.ts';
import { metricWordsKey } from './0039-metric-words-key.ts';
import type { Migration } from './types.ts';
import { writeTransaction } from '../write.ts';

/** Every migration in order. Append only: a shipped migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [documents, passages, metrics, annotations, metricDetails, metricSentenceRange, trimMetricIndexes, settings, metricPositionIndex, anchorState, history, actions, trash, metricLabelPeriodIndex, reports,
  metricSeries, actionBatches, savedViews, sheetIndexes, metricUnitValueIndex, teamChanges, teamDocuments, passagesFtsPrefix, documentListingIndex, annotationUids, reportUids, tagUids, tagTrash,
  metricKeysCountTrash, staleMetricIndex, trashPurged, earlierWorkOffered, passagesCjkGrams,
  hubUrlWithoutPassword, teamDocumentIdentity, teamClockRollover, seriesKeySameMeasure, metricTeamWork, metricWordsKey];

/** The schema version this build of Assay writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The workspace file's schema version, from PRAGMA user_version. */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs the migrations above the file's version, up to `target`, each in its own
 * transaction together with the user_version bump, so a failure leaves the previous version.
 */
export function migrate(db: Database, target = LATEST_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= schemaVersion(db) || migration.version > target) continue;
    // As a writer from the start, and checked again once the lock is ours: another process
    // opening the same file may have taken this step while this one waited for the lock.
    writeTransaction(db, () => {
      if (migration.version <= schemaVersion(db)) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    });
  }
}
