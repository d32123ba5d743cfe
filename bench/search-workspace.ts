import { cjkGrams } from '../electron/core/db/cjk-grams.ts';
import { openWorkspace } from '../electron/core/db/workspace.ts';
import { random } from './random.ts';
import { ProseWriter, VOCABULARY_SIZE, chineseVocabulary, englishVocabulary } from './prose.ts';

/*
 * The search bench's workspace: documents of 20–180 passages of varied prose (prose.ts),
 * about 100 per document, written straight into the tables and the FTS5 index as an
 * import would leave them (original bytes and text stored with each version), so the
 * library and workspace.info can be measured on it too.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes a workspace of about `passages` passages to `file`; returns the seconds it took. */
export async function buildSearchWorkspace(file: string, passages: number): Promise<number> {
  const started = performance.now();
  const ws = await openWorkspace(file);
  const db = ws.db;
  const r = random(23);
  const writer = new ProseWriter(29, englishVocabulary(VOCABULARY_SIZE), chineseVocabulary());
  const insertDoc = db.prepare(`INSERT INTO documents (id, title, file_name, format, published, current_version_id, created_at, updated_at) VALUES (?, ?, ?, 'txt', ?, ?, ?, ?)`);
  const insertVersion = db.prepare(`INSERT INTO document_versions (id, document_id, version, content_hash, original, text, encoding, imported_at) VALUES (?, ?, 1, ?, ?, ?, 'utf-8', ?)`);
  const insertPassage = db.prepare(`INSERT INTO passages (id, document_id, version_id, ordinal, kind, char_start, char_end, text, grams)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const index = db.prepare('INSERT INTO passages_fts (rowid, text, grams) VALUES (?, ?, ?)');
  let passageId = 0;
  for (let d = 1; passageId < passages; d++) {
    const count = Math.min(20 + Math.floor(r() * 161), passages - passageId);
    const texts = Array.from({ length: count }, (_, i) => (i === 0 || r() < 0.05 ? writer.heading() : writer.paragraph()));
    const text = texts.join('\n\n');
    const at = `2025-${pad(1 + (d % 12))}-${pad(1 + (d % 28))}T${pad(d % 24)}:00:00.000Z`;
    db.transaction(() => {
      insertDoc.run(d, texts[0], `doc-${d}.txt`, `${2020 + (d % 6)}-${pad(1 + (d % 12))}-15`, d, at, at);
      insertVersion.run(d, d, `search-${d}`, Buffer.from(text), text, at);
      let start = 0;
      texts.forEach((p, i) => {
        passageId++;
        const grams = cjkGrams(p);
        insertPassage.run(passageId, d, d, i, i === 0 ? 'heading' : 'paragraph', start, start + p.length, p, grams);
        index.run(passageId, p, grams);
        start += p.length + 2;
      });
    })();
  }
  db.close();
  return (performance.now() - started) / 1000;
}
