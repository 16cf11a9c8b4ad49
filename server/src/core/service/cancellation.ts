// Cancellation as the core sees it: a flag a caller raises when a result is no longer wanted. The LSP's
// own tokens have the same shape, so the adapter passes them straight through.

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };

export class CancellationSource {
  private cancelled = false;
  readonly token: CancellationToken;

  constructor() {
    const isCancelled = () => this.cancelled;
    this.token = {
      get isCancellationRequested() {
        return isCancelled();
      },
    };
  }

  cancel(): void {
    this.cancelled = true;
  }
}
