/**
 * The hub's own numbered schema steps, kept apart from the workspace's SQLite migrations:
 * a hub outlives any one analyst's Assay, so it carries its own version (assay.hub_version).
 * Append only: a shipped step is never edited. `editor` and `viewer` are the quoted names
 * of the hub's two group roles.
 */
export interface HubMigration {
  version: number;
  name: string;
  sql(roles: { editor: string; viewer: string }): string;
}

export const HUB_MIGRATIONS: readonly HubMigration[] = [
  {
    version: 1,
    name: 'changes',
    sql: ({ editor, viewer }) => `
      CREATE TABLE assay.members (
        workspace_id text PRIMARY KEY,
        name text NOT NULL,
        login text NOT NULL DEFAULT current_user,
        joined_at timestamptz NOT NULL DEFAULT now()
      );
      -- Every analyst change, in the order the hub accepted them (seq): a workspace pulls
      -- what lies past the last seq it applied. id is the change's global id (idempotent pushes).
      CREATE TABLE assay.changes (
        seq bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        hlc text NOT NULL,
        workspace_id text NOT NULL,
        author text NOT NULL,
        kind text NOT NULL,
        key text NOT NULL,
        field text NOT NULL,
        value text,
        base text,
        made_at text NOT NULL,
        pushed_by text NOT NULL DEFAULT current_user,
        pushed_at timestamptz NOT NULL DEFAULT now()
      );
      GRANT USAGE ON SCHEMA assay TO ${viewer};
      GRANT SELECT ON ALL TABLES IN SCHEMA assay TO ${viewer};
      GRANT ${viewer} TO ${editor};
      GRANT INSERT ON assay.changes, assay.members TO ${editor};
      GRANT USAGE ON SEQUENCE assay.changes_seq_seq TO ${editor};
    `,
  },
  {
    version: 2,
    name: 'blobs',
    // A document's original bytes, once per content hash, with the extractor version of the
    // workspace that sent them (a workspace on another version may extract other spans).
    sql: ({ editor, viewer }) => `
      CREATE TABLE assay.blobs (
        content_hash text PRIMARY KEY,
        bytes bytea NOT NULL,
        extractor_version text NOT NULL,
        pushed_at timestamptz NOT NULL DEFAULT now()
      );
      GRANT SELECT ON assay.blobs TO ${viewer};
      GRANT INSERT ON assay.blobs TO ${editor};
    `,
  },
  {
    version: 3,
    name: 'annotations-and-reports',
    // Changes of kind 'annotation' (create, body, color, place, tags, exists) and 'report'
    // (content, exists), and metric 'create' (a metric made from a selection). The tables do not
    // change; the format does, so an older Assay, which cannot read these changes, refuses the
    // hub in words instead of stopping at the first one it meets.
    sql: () => `COMMENT ON TABLE assay.changes IS 'Analyst changes of kind metric, annotation, report or document, in the order the hub accepted them.';`,
  },
  {
    version: 4,
    name: 'tags',
    // Changes of kind 'tag' (place, color, merge, exists: the tag tree, by uid), and items'
    // 'tags' naming each tag by uid and path instead of by path alone. The tables do not
    // change; an older Assay, which would split tags renamed elsewhere, refuses the hub in words.
    sql: () => `COMMENT ON TABLE assay.changes IS 'Analyst changes of kind metric, annotation, report, tag or document, in the order the hub accepted them.';`,
  },
  {
    version: 5,
    name: 'passage-tags',
    // Changes of kind 'passage' (its 'tags', the passage named by its version's content hash and
    // ordinal), and a tag's 'exists' '1' (brought back from the trash). The tables do not change;
    // an older Assay, which cannot read these changes, refuses the hub in words instead of
    // stopping at the first one it meets or skipping a restore.
    sql: () => `COMMENT ON TABLE assay.changes IS 'Analyst changes of kind metric, annotation, report, tag, passage or document, in the order the hub accepted them.';`,
  },
  {
    version: 6,
    name: 'document-identity',
    // A document version's 'base' names the version it follows in its document (its own key for
    // a new document), and a pulled version joins that document, never one of the same file
    // name. The tables do not change; an older Assay, which would send versions naming no
    // document and file a teammate's "notes.txt" under its own, refuses the hub in words.
    sql: () => `COMMENT ON COLUMN assay.changes.base IS 'The change this one overwrote; for a document version, the key of the version it follows (its own key for a new document).';`,
  },
  {
    version: 7,
    name: 'document-details',
    // Changes of kind 'document' to a document's details (title, source, publisher, url,
    // published), the document named by its first version's key. The tables do not change; an
    // older Assay, which cannot read these changes, refuses the hub in words.
    sql: () => `COMMENT ON TABLE assay.changes IS 'Analyst changes of kind metric, annotation, report, tag, passage or document (versions and details), in the order the hub accepted them.';`,
  },
];

/** The hub format this build of Assay writes and reads. */
export const HUB_LATEST = HUB_MIGRATIONS[HUB_MIGRATIONS.length - 1]!.version;
