import { describe, expect, it } from 'vitest';
import { threadCpuMs } from '../../../src/pipeline/thread-cpu.js';

describe('threadCpuMs', () => {
  it("grows with the calling thread's own work (or is null where the system does not say)", () => {
    const before = threadCpuMs();
    let x = 0;
    for (let i = 0; i < 30_000_000; i++) x = (x + i * i) % 1_000_003;
    const after = threadCpuMs();
    expect(x).toBeGreaterThanOrEqual(0);
    if (process.platform !== 'linux') return expect(after).toBeNull();
    expect(before).not.toBeNull();
    expect(after!).toBeGreaterThan(before!);
  });
});
