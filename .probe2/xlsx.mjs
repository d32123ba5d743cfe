import ExcelJS from 'exceljs';
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('Quarterly');
ws.getCell('A1').value = 'Norbridge Logistics plc — Quarterly results';
ws.getCell('A1').font = { bold: true, size: 14 };
ws.getCell('A2').value = '(£ thousand unless stated)';
ws.getCell('A2').font = { italic: true };
const hdr = ['', 'Q1 2024', 'Q2 2024', 'Q3 2024', 'Q4 2024', 'Q1 2025'];
ws.addRow([]);
const h = ws.addRow(hdr); h.font = { bold: true };
const rows = [
  ['Revenue', 48210, 51877, 53002, 60415, 55120],
  ['Cost of sales', -31405, -33120, -34877, -39010, -36200],
  ['Gross profit', 16805, 18757, 18125, 21405, 18920],
  ['Operating expenses', -12300, -12950, -13410, -14020, -13880],
  ['Operating profit', 4505, 5807, 4715, 7385, 5040],
  ['Net finance cost', -1210, -1185, -1302, -1450, -1390],
  ['Profit before tax', 3295, 4622, 3413, 5935, 3650],
  ['Gross margin', 0.3486, 0.3616, 0.3420, 0.3543, 0.3433],
  ['Operating margin', 0.0934, 0.1119, 0.0890, 0.1222, 0.0914],
  ['Revenue growth y/y', 0.052, 0.071, -0.013, 0.084, 0.143],
];
for (const r of rows) {
  const row = ws.addRow(r);
  const pct = /margin|growth/.test(r[0]);
  for (let c = 2; c <= 6; c++) row.getCell(c).numFmt = pct ? '0.0%;(0.0%)' : '#,##0;(#,##0)';
}
ws.getColumn(1).width = 24; for (let c = 2; c <= 6; c++) ws.getColumn(c).width = 12;
for (let r = 4; r <= 14; r++) for (let c = 1; c <= 6; c++) ws.getCell(r, c).border = { bottom: { style: 'thin' } };
await wb.xlsx.writeFile('/tmp/probe2/02-quarterly.xlsx');
