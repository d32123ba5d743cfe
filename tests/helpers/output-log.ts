/** A plain-text document of `count` figures, one a sentence ("Plant 3 reported output of 1,003 mt in Q4 2025."), titled `title`. */
export function outputLog(count: number, title = 'Output Log', change = false): Buffer {
  const lines = Array.from({ length: count }, (_, i) =>
    `Plant ${i} reported output of ${(1000 + i).toLocaleString('en-US')} mt in Q${(i % 4) + 1} 2025${change ? `, up ${i + 1}% YoY` : ''}.`);
  return Buffer.from(`${title}\n\n${lines.join('\n\n')}\n`);
}
