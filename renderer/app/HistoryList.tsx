/** Every change to a metric or an annotation, newest first: field, old value, new value, when, and who in a team workspace. */
export function HistoryList({ history }: { history: Array<{ field: string; oldValue: string | null; newValue: string | null; changedAt: string; author?: string | null }> }) {
  if (!history.length) return null;
  return (
    <details className="original">
      <summary>History ({history.length})</summary>
      <ol className="history">
        {history.map((h, i) => <li key={i}><time>{h.changedAt.replace('T', ' ').slice(0, 16)}</time> {h.author ? <b className="author">{h.author}</b> : null} {h.field}: <del>{h.oldValue || '—'}</del> → <ins>{h.newValue || '—'}</ins></li>)}
      </ol>
    </details>
  );
}
