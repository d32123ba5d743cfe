import type { Migration } from './types.ts';

/** Whether the workspace has joined a team hub (SQL). */
const JOINED = `(SELECT hub_url FROM team_state WHERE id = 1) IS NOT NULL`;

/** The ids of the metrics a report's content (SQL `content`, from the tables `from`) holds as rows or charts, as report-refs.ts reads them. */
const REPORT_ITEMS = (content: string, from = '') => `SELECT json_extract(CASE WHEN i.type = 'object' THEN i.value END, '$.metricId')
  FROM ${from} json_each(CASE WHEN json_valid(${content}) AND json_type(${content}, '$.sections') = 'array' THEN ${content} ELSE '{"sections":[]}' END, '$.sections') s,
    json_each(CASE WHEN s.type = 'object' AND json_type(s.value, '$.items') = 'array' THEN s.value ELSE '{"items":[]}' END, '$.items') i
  WHERE json_extract(CASE WHEN i.type = 'object' THEN i.value END, '$.kind') IN ('metric', 'chart')`;

/**
 * A figure the team's work has reached (#17): a change to it was logged or applied here, a report holding it was saved
 * or pulled here, or it was offered at the join. Such a figure is kept through a new version like one worked on now
 * (UNTOUCHED_SQL), even once that work is undone: whether a new version kept a figure off its words had depended on
 * whether it was worked on at that moment in each workspace, and a teammate who undid the only work on it before he
 * had the version read its changed words afresh while the workspace that imported it kept it. Work is never unlearnt,
 * so every workspace that has heard of it decides alike, and one that imported the version before hearing of it
 * brings the figure back when the work arrives (figure-on-earlier-version.ts). The history and reports triggers mark
 * it for edits, reviews, notes and report items; tags are marked where they are logged or applied (a trip to the trash
 * is no work on the figure). A workspace that has not joined marks nothing: alone, a figure is kept only while it is
 * worked on. An already joined workspace marks what is worked on, or has a team's edit in its history.
 */
export const metricTeamWork: Migration = {
  version: 38,
  name: 'metric-team-work',
  up(db) {
    db.exec(`
      ALTER TABLE metrics ADD COLUMN team_work INTEGER NOT NULL DEFAULT 0;
      CREATE TRIGGER metric_team_work_history AFTER INSERT ON history
      WHEN NEW.target_kind = 'metric' AND ${JOINED}
      BEGIN
        UPDATE metrics SET team_work = 1 WHERE id = NEW.target_id AND team_work = 0;
      END;
      CREATE TRIGGER metric_team_work_report AFTER INSERT ON reports
      WHEN ${JOINED}
      BEGIN
        UPDATE metrics SET team_work = 1 WHERE team_work = 0 AND id IN (${REPORT_ITEMS('NEW.content')});
      END;
      CREATE TRIGGER metric_team_work_report_saved AFTER UPDATE OF content ON reports
      WHEN ${JOINED}
      BEGIN
        UPDATE metrics SET team_work = 1 WHERE team_work = 0 AND id IN (${REPORT_ITEMS('NEW.content')});
      END;
      UPDATE metrics SET team_work = 1 WHERE ${JOINED} AND (origin != 'extracted' OR edited = 1 OR status != 'unreviewed'
        OR EXISTS (SELECT 1 FROM annotations a WHERE a.metric_id = metrics.id AND a.deleted_at IS NULL)
        OR EXISTS (SELECT 1 FROM taggings g WHERE g.target_kind = 'metric' AND g.target_id = metrics.id)
        OR EXISTS (SELECT 1 FROM history h WHERE h.target_kind = 'metric' AND h.target_id = metrics.id AND h.author IS NOT NULL)
        OR id IN (${REPORT_ITEMS('x.content', 'reports x,')}));
    `);
  },
};
