import type { DocumentSort, DocumentSummary } from '../../shared/documents.ts';
import type { Tag } from '../../shared/tags.ts';
import { TagFilter } from './tags/TagPicker.tsx';
import { moveInList } from './panel-focus.ts';
import { EditableTitle } from './EditableTitle.tsx';
import { useEffect, useState } from 'react';
import { call } from '../client.ts';

/** documents.list's default page: the library is given the first, and reads the next on request. */
const PAGE = 1000;

/** The documents of the workspace: title, date, source and counts, with a filter box and a tag filter. */
export function Library({ documents, selectedId, filter, onFilter, tags, tagId, onTag, onSelect, sort, onSort, onRenamed }: {
  documents: DocumentSummary[];
  sort: DocumentSort;
  onSort(sort: DocumentSort): void;
  selectedId: number | null;
  filter: string;
  onFilter(text: string): void;
  tags: Tag[];
  /** Only documents with something carrying this tag (or one below it). */
  tagId: number | null;
  onTag(id: number | null): void;
  onSelect(id: number): void;
  /** A title was changed in place: the library and the reader read it again. */
  onRenamed(): void;
}) {
  const [renaming, setRenaming] = useState<number | null>(null);
  const { shown, more } = useMorePages(documents, { filter, tagId, sort });
  return (
    <nav className="library" aria-label="Library">
      <input className="filter" type="search" placeholder="Filter documents" aria-label="Filter documents" value={filter} onChange={(e) => onFilter(e.target.value)} />
      <select className="library-sort" aria-label="Sort documents" value={sort} onChange={(e) => onSort(e.target.value as DocumentSort)}>
        <option value="imported">Newest imported</option>
        <option value="date">Newest date</option>
        <option value="title">Title</option>
        <option value="source">Source</option>
      </select>
      {tags.length > 0 && <div className="library-tags"><TagFilter tags={tags} value={tagId} onChange={onTag} label="Filter documents by tag" /></div>}
      <ul role="listbox" aria-label="Documents">
        {shown.map((d) => (
          <li key={d.id} data-doc-id={d.id} role="option" aria-selected={d.id === selectedId} tabIndex={0} className={d.id === selectedId ? 'selected' : ''}
            onClick={() => onSelect(d.id)} onKeyDown={(e) => {
              if (e.key === 'F2') { e.preventDefault(); setRenaming(d.id); return; }
              if (e.key === 'Enter' || e.key === ' ') onSelect(d.id);
              moveInList(e);
            }}>
            <EditableTitle id={d.id} title={d.title} editing={renaming === d.id} onRenamed={onRenamed}
              onEditing={(on) => { setRenaming(on ? d.id : null); if (!on) requestAnimationFrame(() => document.querySelector<HTMLElement>(`.library li[data-doc-id="${d.id}"]`)?.focus()); }} />
            <span className="doc-meta">{[d.published ?? 'No date', d.source ?? d.publisher ?? d.fileName].filter(Boolean).join(' · ')}</span>
            <span className="doc-counts">{d.metricCount} metric{d.metricCount === 1 ? '' : 's'} · {d.passageCount} passage{d.passageCount === 1 ? '' : 's'}{d.noteCount ? ` · ${d.noteCount} note${d.noteCount === 1 ? '' : 's'}` : ''}{d.versionCount > 1 ? ` · v${d.version}` : ''}</span>
          </li>
        ))}
        {more && <li className="empty"><button type="button" onClick={more}>Show the next {PAGE.toLocaleString()} documents</button></li>}
        {!documents.length && (filter || tagId !== null) && <li className="empty">No document matches the filter.</li>}
        {!documents.length && !filter && tagId === null && <li className="empty">No documents yet. Import PDF, Word (DOCX), HTML, Markdown or text files, or drop them on the window.</li>}
      </ul>
    </nav>
  );
}

/**
 * The library past its first page (#19: a workspace of 10,000 documents showed 1,000):
 * later pages are read in the same filter and order when asked for, and dropped whenever
 * the first page is read again.
 */
function useMorePages(documents: DocumentSummary[], query: { filter: string; tagId: number | null; sort: DocumentSort }) {
  const [extra, setExtra] = useState<DocumentSummary[]>([]);
  const [done, setDone] = useState(false);
  useEffect(() => { setExtra([]); setDone(false); }, [documents]);
  const shown = extra.length ? [...documents, ...extra] : documents;
  const full = !done && shown.length > 0 && shown.length % PAGE === 0;
  const more = () => {
    call('documents.list', { filter: query.filter || undefined, tagId: query.tagId ?? undefined, sort: query.sort, offset: shown.length, limit: PAGE })
      .then((page) => { setExtra((e) => [...e, ...page]); if (page.length < PAGE) setDone(true); }, () => setDone(true));
  };
  return { shown, more: full ? more : null };
}
