/**
 * A budget of bytes held at once (files read and not yet stored), so that a corpus of large
 * documents keeps memory as flat as one of small texts. `take` waits until the bytes fit; one file
 * larger than the whole budget is let through alone.
 */
export interface ByteBudget {
  take(bytes: number): Promise<void>;
  give(bytes: number): void;
}

export function createByteBudget(limit: number): ByteBudget {
  let held = 0;
  const waiting: Array<{ bytes: number; go: () => void }> = [];
  const fits = (bytes: number) => held === 0 || held + bytes <= limit;
  return {
    async take(bytes) {
      if (waiting.length === 0 && fits(bytes)) {
        held += bytes;
        return;
      }
      await new Promise<void>((go) => waiting.push({ bytes, go }));
    },
    give(bytes) {
      held -= bytes;
      // first come, first served: a large file is not overtaken forever by small ones
      while (waiting.length > 0 && fits(waiting[0]!.bytes)) {
        const next = waiting.shift()!;
        held += next.bytes;
        next.go();
      }
    },
  };
}
