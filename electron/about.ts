/** What the About box shows: enough to answer "which version, and where are its files?". */
export interface AboutFacts {
  version: string;
  versions: { electron?: string; chrome?: string; node: string };
  os: string;
  logFile: string;
  /** The open workspace, or null before one opens. */
  workspace: string | null;
}

/** The About box's text, one fact a line, the same lines its Copy button puts on the clipboard. */
export function aboutDetail(facts: AboutFacts): string {
  return [
    `Version ${facts.version}`,
    `Electron ${facts.versions.electron ?? '–'}, Chromium ${facts.versions.chrome ?? '–'}, Node ${facts.versions.node}`,
    `System: ${facts.os}`,
    `Log: ${facts.logFile}`,
    `Workspace: ${facts.workspace ?? 'none open'}`,
  ].join('\n');
}
