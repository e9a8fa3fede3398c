/*
 * A queue of turns: each waiting job runs in its own task, the next one only after the previous
 * has said it is done, lowest order first. The page mounts its sections this way so that no
 * single task at load blocks the main thread for long (src/ui/mount-in-turn.tsx).
 */

export type TurnQueue = {
  /** Queues a job; the returned function withdraws it if it has not run yet. */
  readonly enqueue: (order: number, job: () => void) => () => void;
  /** Said by the running job once its work is on the page. */
  readonly done: () => void;
  /**
   * True once the jobs queued so far have all run and none waits: the page's first load is
   * over, and what mounts later (a card the user adds) needs no turn.
   */
  readonly settled: () => boolean;
  /** Calls `listener` each time the queue runs dry (see `settled`); returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
};

export function createTurnQueue(schedule: (run: () => void) => void): TurnQueue {
  const waiting: { order: number; job: () => void; withdrawn: boolean }[] = [];
  let running = false;
  let ranAny = false;
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };

  const next = () => {
    if (running) return;
    const turn = waiting.shift();
    if (!turn) {
      changed();
      return;
    }
    running = true;
    schedule(() => {
      if (turn.withdrawn) {
        running = false;
        next();
      } else {
        ranAny = true;
        turn.job();
      }
    });
  };

  return {
    enqueue(order, job) {
      const turn = { order, job, withdrawn: false };
      const position = waiting.findIndex((other) => other.order > order);
      if (position === -1) waiting.push(turn);
      else waiting.splice(position, 0, turn);
      next();
      return () => {
        turn.withdrawn = true;
      };
    },
    done() {
      if (!running) return;
      running = false;
      next();
    },
    settled() {
      return ranAny && !running && waiting.every((turn) => turn.withdrawn);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
