/** The distinct words a search result's snippet marks as matched, in lower case: what the reader marks. */
export function matchedTerms(snippet: ReadonlyArray<{ text: string; match: boolean }>): string[] {
  return [...new Set(snippet.filter((p) => p.match).map((p) => p.text.trim().toLowerCase()).filter(Boolean))];
}
