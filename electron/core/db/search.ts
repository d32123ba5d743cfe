import type { Database } from 'better-sqlite3';
import { AssayError } from '../../../shared/errors.ts';
import type { SearchHit, SnippetPart } from '../../../shared/search.ts';
import { plainWords, toFtsQuery } from './fts-query.ts';

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

function run(db: Database, match: string, options: { documentId?: number; limit: number; offset: number }): SearchHit[] {
  const rows = db.prepare(`SELECT p.id AS passageId, p.document_id AS documentId, d.title AS documentTitle, p.ordinal, p.kind,
      p.char_start AS start, p.char_end AS "end", bm25(passages_fts) AS score,
      snippet(passages_fts, 0, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) AS snippet
    FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN documents d ON d.id = p.document_id
    WHERE passages_fts MATCH @match AND (@documentId IS NULL OR p.document_id = @documentId)
    ORDER BY bm25(passages_fts) LIMIT @limit OFFSET @offset`)
    .all({ match, documentId: options.documentId ?? null, limit: options.limit, offset: options.offset }) as Array<Omit<SearchHit, 'snippet'> & { snippet: string }>;
  return rows.map((r) => ({ ...r, snippet: toParts(r.snippet) }));
}

/** FTS5's complaints about a query (as opposed to a broken database). */
const isQueryError = (error: unknown) => /fts5|syntax|unterminated|unknown special query/iu.test((error as Error).message);

/**
 * Ranked passages (bm25, best first) for what a person typed, with snippets. A query FTS5
 * rejects is retried as plain words; should FTS5 reject even those, the error is the
 * analyst's to fix (BAD_QUERY), never an internal one.
 */
export function searchPassages(db: Database, input: string, options: { documentId?: number; limit?: number; offset?: number } = {}): SearchHit[] {
  const opts = { documentId: options.documentId, limit: options.limit ?? 50, offset: options.offset ?? 0 };
  const query = toFtsQuery(input);
  if (!query) return [];
  try {
    return run(db, query, opts);
  } catch (error) {
    if (!isQueryError(error)) throw error;
    const fallback = plainWords(input);
    return fallback ? runPlain(db, fallback, opts) : [];
  }
}

function runPlain(db: Database, words: string, options: { documentId?: number; limit: number; offset: number }): SearchHit[] {
  try {
    return run(db, words, options);
  } catch (error) {
    if (!isQueryError(error)) throw error;
    throw new AssayError('BAD_QUERY', `Assay could not search for that (${(error as Error).message}). Search for plain words.`, { cause: error });
  }
}
