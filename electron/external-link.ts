/**
 * Whether a link in a note may leave the app for the system browser or mail client: only
 * http(s) and mailto, the same schemes the Markdown engine makes links of. Anything else
 * (file:, javascript:, assay:, custom schemes that launch programs) stays refused.
 */
export function isExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
