/**
 * A FIFO lock for one connection: `run(fn)` starts `fn` only after every earlier holder has settled.
 * The sqlite3 driver multiplexes all callers over one connection, so without it two reports written
 * concurrently would interleave their statements inside one `BEGIN … COMMIT`.
 */
export class SerialLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => fn());
    this.tail = result.catch(() => undefined);
    return result;
  }
}
