/** Our own two-page annual-report page for the PDF tests: running header and footer, two columns, a word hyphenated across lines, a table with a units line. */
export const REPORT_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Northwind Metals Annual Report 2024</title><style>
@page { size: A4; margin: 0; }
body { margin: 0; font: 11pt/1.45 serif; }
.page { height: 297mm; box-sizing: border-box; padding: 14mm 18mm; position: relative; break-after: page; }
.run { font: 9pt sans-serif; color: #555; }
.foot { position: absolute; bottom: 12mm; left: 18mm; }
.cols { column-count: 2; column-gap: 12mm; }
h1 { font-size: 20pt; margin: 8mm 0 4mm; }
td, th { padding: 1mm 6mm 1mm 0; text-align: right; } td:first-child { text-align: left; }
</style></head><body>
<div class="page"><div class="run">Northwind Metals · Annual Report 2024</div>
<h1>Operating Review</h1>
<div class="cols">
<p>In 2024 the group produced 5,700 mt of separated oxides, a record for the Baotou site, as the kilns ran close to their rated load for the whole year and the smelter was rebuilt without a stop.</p>
<p>Sales reached 5,200 mt as magnet makers restocked, and inventories fell to the lowest level since the new lines were commissioned, once the environ-<br>mental upgrades were complete.</p>
<p>The second column opens with capacity: the new line will lift annual capacity to 30,000 mt by the end of 2026, as the board approved in March.</p>
<p>Operating revenue was 9.287 billion yuan, up 61.19% year on year, and net profit attributable to shareholders came to 431 million yuan.</p>
</div>
<p>Key figures (in millions of yuan)</p>
<table><tr><th></th><th>2024</th><th>2023</th></tr><tr><td>Operating revenue</td><td>9,287</td><td>5,760</td></tr><tr><td>Net profit</td><td>431</td><td>612</td></tr></table>
<div class="run foot">Page 1</div></div>
<div class="page"><div class="run">Northwind Metals · Annual Report 2024</div>
<h1>Outlook</h1><p>Management expects separated oxide output of 6,300 mt in 2025 as the new line ramps up through the summer.</p>
<div class="run foot">Page 2</div></div>
</body></html>`;
