import ExcelJS from 'exceljs';

/** The Metrics sheet of an edited export, with each metric's row found by its hidden id. */
export interface MetricsSheet {
  sheet: ExcelJS.Worksheet;
  /** The row of a metric, by the "Metric ID" column. */
  rowOf(metricId: number): ExcelJS.Row;
  /** A cell of a metric's row, by its header ("Value", "Status", "Note"…). */
  cell(metricId: number, header: string): ExcelJS.Cell;
}

/** Opens an XLSX export, lets `edit` change its Metrics sheet as an analyst would in Excel, and returns the saved bytes. */
export async function editXlsx(data: Buffer, edit: (metrics: MetricsSheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Metrics')!;
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((c, n) => headers.set(String(c.value), n));
  const rowOf = (metricId: number) => {
    for (let n = 2; n <= sheet.rowCount; n++) if (sheet.getRow(n).getCell(headers.get('Metric ID')!).value === metricId) return sheet.getRow(n);
    throw new Error(`No row for metric ${metricId}`);
  };
  edit({ sheet, rowOf, cell: (id, header) => rowOf(id).getCell(headers.get(header)!) });
  return Buffer.from(await book.xlsx.writeBuffer());
}
