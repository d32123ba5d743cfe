import { useEffect, useState } from 'react';
import type { SearchHit } from '../../shared/search.ts';
import { SCORED_MATCHES } from '../../shared/search-limit.ts';
import { call } from '../client.ts';
import { moveInList } from './panel-focus.ts';
import { matchedTerms } from './reader/matched-terms.ts';

/** Full-text search over passages; a result opens its passage in the reader. */
export function SearchBox({ onOpen }: { onOpen(documentId: number, passageId: number, terms: string[]): void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!query.trim()) { setHits([]); return; }
    const timer = setTimeout(() => { call('search.passages', { query, limit: 20 }).then(setHits, () => setHits([])); }, 150);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <div className="search" role="search" onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false); }}>
      <input type="search" placeholder="Search passages (Ctrl+K)" aria-label="Search passages" value={query} onFocus={() => setOpen(true)}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); }} onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          if (e.key === 'ArrowDown') { e.preventDefault(); e.currentTarget.parentElement?.querySelector<HTMLElement>('[role="option"]')?.focus(); }
        }} />
      {open && query.trim() && (
        <ul className="results" role="listbox" aria-label="Search results">
          {hits[0]?.ranked === false && <li className="empty">More than {SCORED_MATCHES.toLocaleString()} passages match: newest first. Add a word to rank them.</li>}
          {hits.map((h) => (
            <li key={h.passageId} role="option" aria-selected={false} tabIndex={0}
              onClick={() => { onOpen(h.documentId, h.passageId, matchedTerms(h.snippet)); setOpen(false); }}
              onKeyDown={(e) => { if (e.key === 'Enter') { onOpen(h.documentId, h.passageId, matchedTerms(h.snippet)); setOpen(false); } moveInList(e); }}>
              <span className="hit-title">{h.documentTitle}</span>
              <span className="hit-snippet">{h.snippet.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</span>
            </li>
          ))}
          {!hits.length && <li className="empty">No passages match.</li>}
        </ul>
      )}
    </div>
  );
}
