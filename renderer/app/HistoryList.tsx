/** Every change to a metric or an annotation, newest first: field, old value, new value, when. */
export function HistoryList({ history }: { history: Array<{ field: string; oldValue: string | null; newValue: string | null; changedAt: string }> }) {
  if (!history.length) return null;
  return (
    <details className="original">
      <summary>History ({history.length})</summary>
      <ol className="history">
        {history.map((h, i) => <li key={i}><time>{h.changedAt.replace('T', ' ').slice(0, 16)}</time> {h.field}: <del>{h.oldValue || '—'}</del> → <ins>{h.newValue || '—'}</ins></li>)}
      </ol>
    </details>
  );
}
