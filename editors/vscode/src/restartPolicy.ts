// When the language server dies, start it again, unless it keeps dying:
// a server that crashes on start-up would otherwise be restarted forever.

export class RestartBudget {
  private readonly deaths: number[] = [];

  /**
   * @param maxRestarts restarts allowed within `windowMs`
   * @param windowMs how far back deaths count
   * @param now the clock (injected for tests)
   */
  constructor(
    private readonly maxRestarts: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a death; true if the server should be started again. */
  shouldRestart(): boolean {
    const time = this.now();
    while (this.deaths.length > 0 && time - this.deaths[0] > this.windowMs) {
      this.deaths.shift();
    }
    this.deaths.push(time);
    return this.deaths.length <= this.maxRestarts;
  }

  /** A start by hand gets a fresh budget. */
  reset(): void {
    this.deaths.length = 0;
  }
}
