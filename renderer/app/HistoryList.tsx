import { historyLines, type HistoryEntry } from './history-text.ts';

/**
 * Every change to a metric or an annotation, newest first: field, old value, new value, when, and who in a team workspace;
 * fields in words and a metric's figures as the grid shows them (`unit`: the metric's unit now).
 */
export function HistoryList({ history, unit = null }: { history: HistoryEntry[]; unit?: string | null }) {
  if (!history.length) return null;
  return (
    <details className="original">
      <summary>History ({history.length})</summary>
      <ol className="history">
        {historyLines(history, unit).map((h, i) => <li key={i}><time>{h.when}</time> {h.author ? <b className="author">{h.author}</b> : null} {h.field}: <del>{h.from}</del> → <ins>{h.to}</ins></li>)}
      </ol>
    </details>
  );
}
