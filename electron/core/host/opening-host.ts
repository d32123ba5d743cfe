import type { Method, MethodOutput } from '../../../shared/contract.ts';
import type { ContractHost } from './core-host.ts';

/**
 * The core while it is still opening: calls wait for it, and the link base set meanwhile
 * reaches it once it is open. `assay serve` listens and prints its address while the core
 * thread starts, so the browser loads the interface in the same time (#19); a call made
 * before the core is open is answered once it is, or with the open's own error.
 */
export class OpeningHost implements ContractHost {
  private readonly opening: Promise<ContractHost>;
  private link = '';

  constructor(opening: Promise<ContractHost>) {
    this.opening = opening.then((host) => {
      host.linkBase = this.link;
      return host;
    });
    // The caller awaits `opening` itself and reports its failure; this copy must not count as unhandled.
    this.opening.catch(() => undefined);
  }

  get linkBase(): string {
    return this.link;
  }

  set linkBase(linkBase: string) {
    this.link = linkBase;
    void this.opening.then((host) => { host.linkBase = linkBase; }, () => undefined);
  }

  request<M extends Method>(method: M, input: unknown): Promise<MethodOutput<M>> {
    return this.opening.then((host) => host.request(method, input));
  }
}
