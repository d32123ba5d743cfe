import type { Database, Statement } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import { SCORED_MATCHES, type SearchHit, type SnippetPart } from '../../../shared/search.ts';
import { cjkSnippet, marksAny } from './cjk-snippet.ts';
import { cjkWords, plainWords, toFtsQuery } from './fts-query.ts';

const OPEN = '\u0001';
const CLOSE = '\u0002';
const SNIPPET_TOKENS = 24;

/** Splits FTS5 snippet output into plain and matched parts, so no caller parses markup. */
function toParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of snippet.split(OPEN)) {
    const close = piece.indexOf(CLOSE);
    if (close === -1) { if (piece) parts.push({ text: piece, match: false }); continue; }
    parts.push({ text: piece.slice(0, close), match: true });
    if (close + 1 < piece.length) parts.push({ text: piece.slice(close + 1), match: false });
  }
  return mergeAdjacentMatches(parts);
}

/** "[rare] [earth]" reads better as "[rare earth]": join matches separated only by spaces. */
function mergeAdjacentMatches(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = out[out.length - 1];
    const next = parts[i + 1];
    if (last?.match && !part.match && /^\s+$/u.test(part.text) && next?.match) {
      last.text += part.text + next.text;
      i++;
      continue;
    }
    out.push({ ...part });
  }
  return out;
}

/*
 * Why search ranks at most SCORED_MATCHES matches (shared/search.ts): bm25 weighs each
 * word by how many passages hold it, which it finds by walking every match (checking
 * positions for a phrase) on top of scoring each one: seconds at a million passages for
 * "the" or "of the", in raw FTS5 as well. A query with more matches lists its newest
 * first, unscored (`ranked: false`), found by walking ids alone; adding a word narrows it
 * back into ranked search.
 */

interface Options { documentId?: number; limit: number; offset: number; scored: number }

interface Statements {
  boundary: Statement; documentBoundary: Statement; ranked: Statement; window: Statement; newest: Statement; snippets: Statement; range: Statement;
}
const statements = new WeakMap<Database, Statements>();

/** The statements of a connection, prepared once. */
function prepared(db: Database): Statements {
  let found = statements.get(db);
  if (found) return found;
  found = {
    boundary: boundaryStatement(db), documentBoundary: documentBoundaryStatement(db), ranked: rankedStatement(db), window: windowStatement(db),
    newest: newestStatement(db), snippets: snippetStatement(db), range: rangeStatement(db),
  };
  statements.set(db, found);
  return found;
}

/*
 * Whether there is a match past those search ranks. Walking ids without scoring is cheap,
 * so this tells in a millisecond or two, even for "the", whether to rank. Only whether such
 * a match exists is asked, not which it is, so the walk goes the way FTS5 stores its lists,
 * oldest first: walking newest first made FTS5 read each list backwards, up to twice the
 * time on a phrase ("liowiot to" 4.8 ms against 2.4, "the market" 14 against 9).
 */

/** Is there a match past the first @scored, in the whole workspace? */
function boundaryStatement(db: Database): Statement {
  return db.prepare('SELECT rowid AS id FROM passages_fts WHERE passages_fts MATCH @match LIMIT 1 OFFSET @scored');
}

/** Is there a match past the first @scored among the ids @first to @last (one document's)? */
function documentBoundaryStatement(db: Database): Statement {
  return db.prepare('SELECT rowid AS id FROM passages_fts WHERE passages_fts MATCH @match AND rowid BETWEEN @first AND @last LIMIT 1 OFFSET @scored');
}

const SNIPPET = `snippet(passages_fts, 0, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS})`;
const HIT_COLUMNS = `p.id AS passageId, p.document_id AS documentId, d.title AS documentTitle, p.ordinal, p.kind,
  p.char_start AS start, p.char_end AS "end"`;

/**
 * Every match ranked (bm25, then id), keeping the best page in SQLite's sort, then the join
 * to passages and documents for the page only.
 *
 * Not FTS5's own ORDER BY rank: reading the score from it calls bm25 again on a second
 * cursor, which weighs each word or phrase again by walking all of its matches (a third
 * more time on "rare earth" or a phrase, 42 ms against 31 on "the market"), and FTS5 keeps
 * every match's positions in its sort. Here each match is scored once, and SQLite computes
 * a snippet only for a row that enters the page kept so far. The rows and their order are
 * FTS5's: its rank sort is stable over a walk in id order, so equal scores come in id order.
 */
function rankedStatement(db: Database): Statement {
  return db.prepare(`SELECT ${HIT_COLUMNS}, f.score, f.snippet
    FROM (SELECT rowid AS id, bm25(passages_fts) AS score, ${SNIPPET} AS snippet FROM passages_fts
        WHERE passages_fts MATCH @match ORDER BY score, id LIMIT @limit OFFSET @offset) f
      JOIN passages p ON p.id = f.id JOIN documents d ON d.id = p.document_id
    ORDER BY f.score, f.id`);
}

/** Newest matches first, unscored: FTS5 walks ids backwards and stops at the page's end. */
function newestStatement(db: Database): Statement {
  return db.prepare(`SELECT ${HIT_COLUMNS}, 0 AS score, f.snippet
    FROM (SELECT rowid AS id, ${SNIPPET} AS snippet FROM passages_fts
        WHERE passages_fts MATCH @match AND rowid BETWEEN @first AND @last ORDER BY rowid DESC LIMIT @limit OFFSET @offset) f
      JOIN passages p ON p.id = f.id JOIN documents d ON d.id = p.document_id
    ORDER BY f.id DESC`);
}

/** The page of one document's matches, best first (a document has few enough to rank them all). */
function windowStatement(db: Database): Statement {
  return db.prepare(`WITH page AS MATERIALIZED (
        SELECT rowid AS id, rank AS score FROM passages_fts WHERE passages_fts MATCH @match AND rowid BETWEEN @first AND @last
        ORDER BY score, id LIMIT @limit OFFSET @offset)
    SELECT ${HIT_COLUMNS}, page.score FROM page JOIN passages p ON p.id = page.id JOIN documents d ON d.id = p.document_id
    ORDER BY page.score, page.id`);
}

/**
 * Snippets of a page's passages in one pass over the matches between its first and last
 * id. "+rowid" keeps the id list from becoming one FTS5 lookup per id, each of which would
 * parse the query and expand its prefixes again.
 */
function snippetStatement(db: Database): Statement {
  return db.prepare(`SELECT rowid AS id, ${SNIPPET} AS snippet FROM passages_fts
    WHERE passages_fts MATCH @match AND rowid BETWEEN @first AND @last AND +rowid IN (SELECT value FROM json_each(@ids))`);
}

/**
 * The ids of a document's indexed passages: those of its current version, written in one
 * transaction by one connection and so numbered without gaps, which lets FTS5 seek by rowid.
 */
function rangeStatement(db: Database): Statement {
  return db.prepare(`SELECT coalesce(min(p.id), 1) AS first, coalesce(max(p.id), 0) AS last
    FROM documents d JOIN passages p ON p.version_id = d.current_version_id WHERE d.id = ?`);
}

type Row = Omit<SearchHit, 'snippet' | 'ranked'> & { snippet?: string };

function run(db: Database, match: string, options: Options): SearchHit[] {
  const s = prepared(db);
  const page = { limit: options.limit, offset: options.offset };
  const scope = options.documentId === undefined ? { first: 0, last: Number.MAX_SAFE_INTEGER } : s.range.get(options.documentId) as { first: number; last: number };
  const tooMany = (options.documentId === undefined
    ? s.boundary.get({ match, scored: options.scored })
    : s.documentBoundary.get({ match, ...scope, scored: options.scored })) !== undefined;
  if (tooMany) return hits(s.newest.all({ match, ...scope, ...page }) as Row[], false);
  if (options.documentId === undefined) return hits(s.ranked.all({ match, ...page }) as Row[], true);
  const rows = s.window.all({ match, ...scope, ...page }) as Row[];
  if (!rows.length) return [];
  const ids = rows.map((r) => r.passageId);
  const found = s.snippets.all({ match, first: Math.min(...ids), last: Math.max(...ids), ids: JSON.stringify(ids) }) as Array<{ id: number; snippet: string }>;
  const byId = new Map(found.map((f) => [f.id, f.snippet]));
  return hits(rows.map((r) => ({ ...r, snippet: byId.get(r.passageId) })), true);
}

const hits = (rows: Row[], ranked: boolean): SearchHit[] => rows.map((r) => ({ ...r, ranked, snippet: toParts(r.snippet ?? '') }));

/** FTS5's complaints about a query (as opposed to a broken database). */
const isQueryError = (error: unknown) => /fts5|syntax|unterminated|unknown special query/iu.test((error as Error).message);

/**
 * Ranked passages (bm25, best first) for what a person typed, with snippets. A query FTS5
 * rejects is retried as plain words; should FTS5 reject even those, the error is the
 * analyst's to fix (BAD_QUERY), never an internal one.
 */
export function searchPassages(db: Database, input: string, options: { documentId?: number; limit?: number; offset?: number; scored?: number } = {}): SearchHit[] {
  const opts = { documentId: options.documentId, limit: options.limit ?? 50, offset: options.offset ?? 0, scored: options.scored ?? SCORED_MATCHES };
  const query = toFtsQuery(input);
  if (!query) return [];
  try {
    return withCjkSnippets(db, run(db, query, opts), cjkWords(input));
  } catch (error) {
    if (!isQueryError(error)) throw error;
    const fallback = plainWords(input);
    return fallback ? withCjkSnippets(db, runPlain(db, fallback, opts), cjkWords(input)) : [];
  }
}

/** Hits whose snippet misses the Chinese or Japanese words they were found by get one around those words. */
function withCjkSnippets(db: Database, hits: SearchHit[], words: string[]): SearchHit[] {
  const unmarked = words.length ? hits.filter((h) => !marksAny(h.snippet, words)) : [];
  if (!unmarked.length) return hits;
  const texts = new Map((db.prepare('SELECT id, text FROM passages WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(unmarked.map((h) => h.passageId))) as Array<{ id: number; text: string }>).map((r) => [r.id, r.text]));
  return hits.map((h) => {
    const text = texts.get(h.passageId);
    const also = h.snippet.filter((p) => p.match).map((p) => p.text);
    const snippet = text === undefined ? null : cjkSnippet(text, words, also);
    return snippet ? { ...h, snippet } : h;
  });
}

function runPlain(db: Database, words: string, options: Options): SearchHit[] {
  try {
    return run(db, words, options);
  } catch (error) {
    if (!isQueryError(error)) throw error;
    throw new AssayError('BAD_QUERY', `Assay could not search for that (${(error as Error).message}). Search for plain words.`, { cause: error });
  }
}
