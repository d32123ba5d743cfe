import type { DocumentSort, DocumentSummary } from '../../shared/documents.ts';
import type { Tag } from '../../shared/tags.ts';
import { TagFilter } from './tags/TagPicker.tsx';
import { moveInList } from './panel-focus.ts';

/** The documents of the workspace: title, date, source and counts, with a filter box and a tag filter. */
export function Library({ documents, selectedId, filter, onFilter, tags, tagId, onTag, onSelect, sort, onSort }: {
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
}) {
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
        {documents.map((d) => (
          <li key={d.id} role="option" aria-selected={d.id === selectedId} tabIndex={0} className={d.id === selectedId ? 'selected' : ''}
            onClick={() => onSelect(d.id)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') onSelect(d.id); moveInList(e); }}>
            <span className="doc-title">{d.title}</span>
            <span className="doc-meta">{[d.published ?? 'No date', d.source ?? d.publisher ?? d.fileName].filter(Boolean).join(' · ')}</span>
            <span className="doc-counts">{d.metricCount} metric{d.metricCount === 1 ? '' : 's'} · {d.passageCount} passage{d.passageCount === 1 ? '' : 's'}{d.noteCount ? ` · ${d.noteCount} note${d.noteCount === 1 ? '' : 's'}` : ''}{d.versionCount > 1 ? ` · v${d.version}` : ''}</span>
          </li>
        ))}
        {!documents.length && (filter || tagId !== null) && <li className="empty">No document matches the filter.</li>}
        {!documents.length && !filter && tagId === null && <li className="empty">No documents yet. Import PDF, Word (DOCX), HTML, Markdown or text files, or drop them on the window.</li>}
      </ul>
    </nav>
  );
}
