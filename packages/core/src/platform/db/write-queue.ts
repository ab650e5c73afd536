import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A re-entrant first-in-first-out queue. On SQLite, TypeORM shares one connection: two
 * transactions in flight corrupt each other, a read during a transaction sees its uncommitted
 * rows, and a plain save made meanwhile joins it (TOOLCHAIN.md). So every statement goes through
 * this queue; work started inside the current holder (found through AsyncLocalStorage) runs at
 * once, so nesting never deadlocks. On PostgreSQL the queue is not installed.
 */
export class WriteQueue {
  private readonly holderStore = new AsyncLocalStorage<symbol>();
  private current: symbol | null = null;
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** True when the caller already holds the queue. */
  isHolding(): boolean {
    const mine = this.holderStore.getStore();
    return mine !== undefined && mine === this.current;
  }

  get pending(): number {
    return this.waiting;
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.isHolding()) return fn();
    const token = Symbol('queue-holder');
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.waiting++;
    return previous.then(() => {
      this.waiting--;
      this.current = token;
      return this.holderStore.run(token, async () => {
        try {
          return await fn();
        } finally {
          this.current = null;
          release();
        }
      });
    });
  }
}
