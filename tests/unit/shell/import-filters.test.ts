import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFilters } from '../../../electron/import-filters.ts';
import { expandPaths } from '../../../electron/core/import/expand-paths.ts';
import { detectFormat } from '../../../electron/core/ingest/detect-format.ts';
import { parseAnyDocument } from '../../../electron/core/ingest/parse-any.ts';
import { IMPORT_ACCEPT, IMPORT_EXTENSIONS, IMPORTABLE } from '../../../shared/importable.ts';
import { DOCUMENT_FORMATS } from '../../../shared/passages.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

/*
 * The Import… dialog must offer what the importer reads. The importer keeps its own tables
 * (which extensions a folder walk picks up, which a reader is chosen by), so every extension
 * literal in its sources is tried against it: a reader added there without an entry in
 * shared/importable.ts fails here.
 */

const IMPORTER_SOURCES = ['electron/core/import/expand-paths.ts', 'electron/core/ingest/detect-format.ts', 'electron/core/ingest/parse-any.ts'];
/** Types people try that no reader takes today; if one gains a reader it must be offered too. */
const COMMON = ['rtf', 'odt', 'doc', 'epub', 'xlsx', 'xls', 'pptx', 'csv', 'json', 'xml', 'log', 'zip', 'png', 'jpg', 'eml', 'msg', 'pages'];

function importerExtensionLiterals(): string[] {
  const found = new Set<string>();
  for (const file of IMPORTER_SOURCES) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/'\.([a-z0-9]+)'/gu)) found.add(m[1]!);
  }
  return [...found];
}

describe('the Import… dialog', () => {
  it('has an entry for every format Assay reads', () => {
    expect(Object.keys(IMPORTABLE).sort()).toEqual([...DOCUMENT_FORMATS].sort());
    const filters = importFilters();
    expect(filters[0]!.extensions).toEqual([...IMPORT_EXTENSIONS]);
    expect(filters.at(-1)).toEqual({ name: 'All files', extensions: ['*'] });
    for (const format of DOCUMENT_FORMATS) expect(filters.map((f) => f.name)).toContain(IMPORTABLE[format].name);
    expect(IMPORT_EXTENSIONS).toEqual(expect.arrayContaining(['pdf', 'docx', 'html', 'md', 'txt']));
    expect(IMPORT_ACCEPT.split(',')).toEqual(IMPORT_EXTENSIONS.map((e) => `.${e}`));
  });

  it('offers exactly the extensions the importer picks up when it walks a folder', () => {
    const literals = importerExtensionLiterals();
    // The scan must see the importer's tables, or this test proves nothing.
    expect(literals).toEqual(expect.arrayContaining(['pdf', 'docx', 'md', 'html', 'txt']));
    const dir = tempDir();
    for (const ext of new Set([...literals, ...COMMON, ...IMPORT_EXTENSIONS])) fs.writeFileSync(path.join(dir, `sample.${ext}`), 'text');
    const walked = expandPaths([dir]).files.map((f) => path.extname(f).slice(1)).sort();
    expect(walked).toEqual([...IMPORT_EXTENSIONS].sort());
  });

  it('offers only extensions a reader takes, as the format it is offered as', async () => {
    for (const format of DOCUMENT_FORMATS) {
      for (const ext of IMPORTABLE[format].extensions) {
        if (format === 'pdf' || format === 'docx') {
          // Routed by extension to the PDF or Word reader, which then finds the bytes are not one.
          await expect(parseAnyDocument(new TextEncoder().encode('not really'), `x.${ext}`)).rejects.toMatchObject({ code: format === 'pdf' ? 'BAD_PDF' : 'BAD_DOCX' });
        } else {
          expect(detectFormat(`x.${ext}`, new TextEncoder().encode('text')), ext).toBe(format);
        }
      }
    }
  });
});
