import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnyDocument } from '../../../electron/core/ingest/parse-any.ts';
import { runCli } from '../../helpers/run-cli.ts';
import { tempDir, tempWorkspacePath } from '../../helpers/temp-workspace.ts';
import { writeZip } from '../../helpers/write-zip.ts';

/** An OpenDocument file as LibreOffice writes one: its `mimetype` first and stored, then its XML. */
function openDocument(kind: string): Buffer {
  return writeZip([
    { name: 'mimetype', data: Buffer.from(`application/vnd.oasis.opendocument.${kind}`), stored: true },
    { name: 'content.xml', data: Buffer.from('<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>') },
    { name: 'META-INF/manifest.xml', data: Buffer.from('<?xml version="1.0"?><manifest/>') },
  ]);
}

describe('an OpenDocument file', () => {
  it('is named for what it is, with what to do, not called a broken Word document', async () => {
    await expect(parseAnyDocument(openDocument('text'), 'note.odt')).rejects.toThrow(
      'note.odt is OpenDocument text (.odt), which Assay does not read. Save it as .docx or PDF (in LibreOffice: File ▸ Save As… and choose Word, or File ▸ Export as PDF) and import that.');
    // Renamed, it is still known by its mimetype; by its extension when the archive says nothing.
    await expect(parseAnyDocument(openDocument('text'), 'note.docx')).rejects.toThrow(/^note\.docx is OpenDocument text \(\.odt\)/u);
    await expect(parseAnyDocument(openDocument('spreadsheet'), 'sheet.zip')).rejects.toThrow(/^sheet\.zip is an OpenDocument spreadsheet \(\.ods\)/u);
    await expect(parseAnyDocument(writeZip([{ name: 'content.xml', data: Buffer.from('<x/>') }]), 'deck.odp')).rejects.toThrow(/^deck\.odp is an OpenDocument presentation \(\.odp\)/u);
    await expect(parseAnyDocument(openDocument('text'), 'note.odt')).rejects.not.toThrow(/word\/document\.xml/u);
  });

  it('is refused on import with that reason, the rest imported', async () => {
    const dir = tempDir();
    const odt = path.join(dir, 'note1.odt');
    fs.writeFileSync(odt, openDocument('text'));
    const text = path.join(dir, 'note.txt');
    fs.writeFileSync(text, 'Tarn Copper produced 41,200 t of copper in Q1 2025.\n');
    const result = await runCli(['import', odt, text, '-w', tempWorkspacePath()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('note1.odt is OpenDocument text (.odt), which Assay does not read. Save it as .docx or PDF');
    expect(result.stdout).toContain('1 document imported');
  });
});
