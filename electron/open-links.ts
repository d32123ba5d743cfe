import { openQuery, openUrlInArgs, parseOpenUrl, type OpenTarget } from '../shared/open-link.ts';

/*
 * The desktop app's end of `assay://open?…` links, kept free of Electron so it is tested
 * as it is: main.ts hands it what the OS gives (the first launch's arguments, a second
 * instance's, macOS's open-url) and a way to reach the window.
 */

/** How a link reaches the window: false when there is no window (yet) to take it. */
export type SendOpen = (query: string) => boolean;

/** Links to open, delivered to the window at once or held until it exists. */
export class LinkOpener {
  private pending: OpenTarget | null = null;
  private readonly send: SendOpen;

  constructor(send: SendOpen) {
    this.send = send;
  }

  /** A link as macOS hands it over (open-url); true when it was an Assay link. */
  url(url: string): boolean {
    return this.open(parseOpenUrl(url));
  }

  /** A process's arguments, as Windows and Linux hand a link to the first or a second instance. */
  args(argv: readonly string[]): boolean {
    return this.open(openUrlInArgs(argv));
  }

  /** The link held for a window that did not exist yet, as the fragment its first page opens with; null if none. */
  takePending(): string | null {
    const query = this.pending ? openQuery(this.pending) : null;
    this.pending = null;
    return query;
  }

  private open(target: OpenTarget | null): boolean {
    if (!target) return false;
    if (!this.send(openQuery(target))) this.pending = target;
    return true;
  }
}
