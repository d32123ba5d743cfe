/*
 * A reader for the YAML that electron-builder's config and the GitHub workflow use: block
 * mappings and sequences, plain and quoted scalars, flow sequences of scalars and literal
 * block scalars (`|`). No YAML parser is among the dependencies, and this one refuses what it
 * does not know (anchors, tags, flow mappings, tabs) rather than guess, so a test reading a
 * file with it either sees what YAML sees or fails.
 */

type Yaml = null | boolean | number | string | Yaml[] | { [key: string]: Yaml };

interface Line { indent: number; text: string }

function stripComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ')) return text.slice(0, i).trimEnd();
  }
  return text.trimEnd();
}

function scalar(raw: string, where: string): Yaml {
  const text = raw.trim();
  if (/^[&*!{|>]/u.test(text)) throw new Error(`read-yaml: unsupported ${text[0]} at ${where}`);
  if (text.startsWith('"')) return JSON.parse(text) as string;
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new Error(`read-yaml: unterminated quote at ${where}`);
    return text.slice(1, -1).replaceAll("''", "'");
  }
  if (text.startsWith('[')) {
    if (!text.endsWith(']') || /[[\]{}]/u.test(text.slice(1, -1))) throw new Error(`read-yaml: only flat flow sequences are read, at ${where}`);
    const inner = text.slice(1, -1).trim();
    return inner ? inner.split(',').map((part) => scalar(part, where)) : [];
  }
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === '' || text === 'null' || text === '~') return null;
  if (/^-?\d+(?:\.\d+)?$/u.test(text)) return Number(text);
  return text;
}

class Reader {
  private index = 0;
  private readonly lines: Array<Line | null>;
  private readonly raw: string[];

  constructor(source: string) {
    if (source.includes('\t')) throw new Error('read-yaml: tabs are not read');
    this.raw = source.split(/\r?\n/u);
    this.lines = this.raw.map((line) => {
      const text = stripComment(line);
      if (!text.trim()) return null;
      if (text.trim() === '---' || text.trim() === '...') throw new Error('read-yaml: one document only');
      return { indent: text.length - text.trimStart().length, text: text.trim() };
    });
  }

  read(): Yaml {
    const value = this.block(0);
    if (this.next()) throw new Error(`read-yaml: line ${this.index + 1} is not inside the document's structure`);
    return value;
  }

  private next(): Line | null {
    while (this.index < this.lines.length && !this.lines[this.index]) this.index++;
    return this.lines[this.index] ?? null;
  }

  private block(minIndent: number): Yaml {
    const line = this.next();
    if (!line || line.indent < minIndent) return null;
    return line.text === '-' || line.text.startsWith('- ') ? this.sequence(line.indent) : this.mapping(line.indent);
  }

  private mapping(indent: number): { [key: string]: Yaml } {
    const result: { [key: string]: Yaml } = {};
    for (let line = this.next(); line && line.indent === indent && !line.text.startsWith('- ') && line.text !== '-'; line = this.next()) {
      const m = /^("[^"]*"|'[^']*'|[^\s"'][^:]*?):(?: (.*))?$/u.exec(line.text);
      if (!m) throw new Error(`read-yaml: line ${this.index + 1} is not "key: value": ${line.text}`);
      const key = String(scalar(m[1]!, `line ${this.index + 1}`));
      if (Object.hasOwn(result, key)) throw new Error(`read-yaml: duplicate key ${key} at line ${this.index + 1}`);
      const rest = m[2]?.trim() ?? '';
      this.index++;
      if (rest === '|' || rest === '|-') result[key] = this.literal(indent, rest === '|-');
      else if (rest) result[key] = scalar(rest, `line ${this.index}`);
      else {
        const child = this.next();
        // A sequence may sit at its key's own indent.
        const nested = child && (child.indent > indent || (child.indent === indent && (child.text.startsWith('- ') || child.text === '-')));
        result[key] = nested ? this.block(child.indent) : null;
      }
    }
    const after = this.next();
    if (after && after.indent > indent) throw new Error(`read-yaml: unexpected indent at line ${this.index + 1}`);
    return result;
  }

  private sequence(indent: number): Yaml[] {
    const result: Yaml[] = [];
    for (let line = this.next(); line && line.indent === indent && (line.text.startsWith('- ') || line.text === '-'); line = this.next()) {
      const content = line.text.slice(1).trimStart();
      if (!content) { this.index++; result.push(this.block(indent + 1)); continue; }
      if (/^[^\s"'[][^:]*:(?: |$)/u.test(content) || /^("[^"]*"|'[^']*'):(?: |$)/u.test(content)) {
        // "- key: value" starts a mapping whose keys line up with this first one.
        const column = indent + line.text.length - content.length;
        this.lines[this.index] = { indent: column, text: content };
        result.push(this.mapping(column));
      } else {
        this.index++;
        result.push(scalar(content, `line ${this.index}`));
      }
    }
    return result;
  }

  private literal(parentIndent: number, strip: boolean): string {
    const body: string[] = [];
    let blockIndent = -1;
    while (this.index < this.raw.length) {
      const raw = this.raw[this.index]!;
      const indent = raw.length - raw.trimStart().length;
      if (raw.trim() && indent <= parentIndent) break;
      if (raw.trim() && blockIndent < 0) blockIndent = indent;
      body.push(raw.trim() ? raw.slice(blockIndent) : '');
      this.index++;
    }
    while (body.length && body.at(-1) === '') body.pop();
    return body.join('\n') + (strip ? '' : '\n');
  }
}

/** Reads a YAML document in the subset above; throws on anything outside it. */
export function readYaml(source: string): unknown {
  return new Reader(source).read();
}
