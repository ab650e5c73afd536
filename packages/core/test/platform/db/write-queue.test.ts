import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../../src/platform/db/write-queue.js';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('WriteQueue', () => {
  it('runs work first in, first out, one at a time', async () => {
    const q = new WriteQueue();
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const job = (name: string, waits: number) =>
      q.run(async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        log.push(`start ${name}`);
        for (let i = 0; i < waits; i++) await tick();
        log.push(`end ${name}`);
        running--;
        return name;
      });
    const results = await Promise.all([job('a', 5), job('b', 1), job('c', 3), job('d', 0)]);
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c', 'start d', 'end d']);
    expect(maxRunning).toBe(1);
    expect(q.pending).toBe(0);
  });

  it('counts the work that waits', async () => {
    const q = new WriteQueue();
    let release!: () => void;
    const first = q.run(() => new Promise<void>((r) => (release = r)));
    const second = q.run(async () => 'second');
    const third = q.run(async () => 'third');
    await tick();
    expect(q.pending).toBe(2);
    release();
    await first;
    expect(await Promise.all([second, third])).toEqual(['second', 'third']);
    expect(q.pending).toBe(0);
  });

  it('is re-entrant: work started by the holder runs at once, however deep', async () => {
    const q = new WriteQueue();
    const log: string[] = [];
    const outsider = (async () => {
      await tick();
      return q.run(async () => void log.push('outsider'));
    })();
    await q.run(async () => {
      log.push('outer');
      expect(q.isHolding()).toBe(true);
      await tick();
      await tick();
      await q.run(async () => {
        log.push('inner');
        await q.run(async () => {
          await tick();
          log.push('innermost');
        });
      });
      // parallel work of the holder does not wait either
      await Promise.all([q.run(async () => void log.push('p1')), q.run(async () => void log.push('p2'))]);
      log.push('outer end');
    });
    await outsider;
    expect(log).toEqual(['outer', 'inner', 'innermost', 'p1', 'p2', 'outer end', 'outsider']);
    expect(q.isHolding()).toBe(false);
  });

  it('does not let work the holder left running behind jump the queue after it finished', async () => {
    const q = new WriteQueue();
    const log: string[] = [];
    let straggler!: Promise<void>;
    let releaseNext!: () => void;
    await q.run(async () => {
      // started by the holder but not awaited: by the time it asks, the holder is done
      straggler = (async () => {
        await new Promise((r) => setTimeout(r, 5));
        await q.run(async () => void log.push('straggler'));
      })();
    });
    const next = q.run(async () => {
      log.push('next start');
      await new Promise<void>((r) => (releaseNext = r));
      log.push('next end');
    });
    await new Promise((r) => setTimeout(r, 20));
    releaseNext();
    await Promise.all([next, straggler]);
    expect(log).toEqual(['next start', 'next end', 'straggler']);
  });

  it('releases the queue when the work throws or rejects', async () => {
    const q = new WriteQueue();
    await expect(q.run(async () => Promise.reject(new Error('rejected')))).rejects.toThrow('rejected');
    await expect(
      q.run(() => {
        throw new Error('thrown');
      }),
    ).rejects.toThrow('thrown');
    const waiting = [q.run(async () => 1), q.run(async () => 2)];
    expect(await Promise.all(waiting)).toEqual([1, 2]);
    expect(q.pending).toBe(0);
    expect(q.isHolding()).toBe(false);
  });

  it('an error inside nested work reaches the holder, which may recover and keep the queue', async () => {
    const q = new WriteQueue();
    const result = await q.run(async () => {
      try {
        await q.run(async () => {
          throw new Error('inner');
        });
      } catch (e) {
        return `recovered from ${(e as Error).message}, holding ${q.isHolding()}`;
      }
      return 'not reached';
    });
    expect(result).toBe('recovered from inner, holding true');
    expect(await q.run(async () => 'after')).toBe('after');
  });

  it('keeps two queues apart', async () => {
    const a = new WriteQueue();
    const b = new WriteQueue();
    await a.run(async () => {
      expect(a.isHolding()).toBe(true);
      expect(b.isHolding()).toBe(false);
      expect(await b.run(async () => b.isHolding())).toBe(true);
    });
  });
});
