import { describe, expect, it } from 'vitest';
import { createTurnQueue } from './turns';

function manualScheduler() {
  const tasks: (() => void)[] = [];
  return {
    schedule: (run: () => void) => tasks.push(run),
    runNextTask: () => tasks.shift()?.(),
    get pending() {
      return tasks.length;
    },
  };
}

describe('createTurnQueue', () => {
  it('runs one job per task and the next only after done', () => {
    const scheduler = manualScheduler();
    const queue = createTurnQueue(scheduler.schedule);
    const ran: string[] = [];
    queue.enqueue(1, () => ran.push('a'));
    queue.enqueue(2, () => ran.push('b'));
    expect(ran).toEqual([]);
    scheduler.runNextTask();
    expect(ran).toEqual(['a']);
    expect(scheduler.pending).toBe(0);
    queue.done();
    scheduler.runNextTask();
    expect(ran).toEqual(['a', 'b']);
  });

  it('takes lower orders first among the jobs waiting, equal orders in arrival', () => {
    const scheduler = manualScheduler();
    const queue = createTurnQueue(scheduler.schedule);
    const ran: string[] = [];
    queue.enqueue(5, () => ran.push('first queued'));
    queue.enqueue(9, () => ran.push('nine'));
    queue.enqueue(2, () => ran.push('two'));
    queue.enqueue(9, () => ran.push('nine again'));
    queue.enqueue(3, () => ran.push('three'));
    for (let turn = 0; turn < 5; turn++) {
      scheduler.runNextTask();
      queue.done();
    }
    expect(ran).toEqual(['first queued', 'two', 'three', 'nine', 'nine again']);
  });

  it('skips a withdrawn job and goes on with the next', () => {
    const scheduler = manualScheduler();
    const queue = createTurnQueue(scheduler.schedule);
    const ran: string[] = [];
    queue.enqueue(1, () => ran.push('a'));
    const withdraw = queue.enqueue(2, () => ran.push('b'));
    queue.enqueue(3, () => ran.push('c'));
    withdraw();
    scheduler.runNextTask();
    queue.done();
    scheduler.runNextTask();
    scheduler.runNextTask();
    expect(ran).toEqual(['a', 'c']);
  });

  it('ignores a done said when nothing runs', () => {
    const scheduler = manualScheduler();
    const queue = createTurnQueue(scheduler.schedule);
    queue.done();
    const ran: string[] = [];
    queue.enqueue(1, () => ran.push('a'));
    queue.enqueue(2, () => ran.push('b'));
    scheduler.runNextTask();
    expect(ran).toEqual(['a']);
    expect(scheduler.pending).toBe(0);
  });

  it('is settled only once the jobs queued have run and nothing waits', () => {
    const scheduler = manualScheduler();
    const queue = createTurnQueue(scheduler.schedule);
    expect(queue.settled()).toBe(false);
    queue.enqueue(1, () => {});
    const withdraw = queue.enqueue(2, () => {});
    expect(queue.settled()).toBe(false);
    scheduler.runNextTask();
    expect(queue.settled()).toBe(false);
    withdraw();
    expect(queue.settled()).toBe(false);
    queue.done();
    scheduler.runNextTask(); // the withdrawn job's turn, skipped
    expect(queue.settled()).toBe(true);
    queue.enqueue(3, () => {});
    expect(queue.settled()).toBe(false);
  });

  it('tells its listeners when the last turn has ended', () => {
    const scheduler = manualScheduler();
    const queue = createTurnQueue(scheduler.schedule);
    const seen: boolean[] = [];
    const unsubscribe = queue.subscribe(() => seen.push(queue.settled()));
    queue.enqueue(1, () => {});
    scheduler.runNextTask();
    queue.done();
    expect(seen.at(-1)).toBe(true);
    unsubscribe();
    queue.enqueue(2, () => {});
    scheduler.runNextTask();
    queue.done();
    expect(seen).toHaveLength(1);
  });
});
