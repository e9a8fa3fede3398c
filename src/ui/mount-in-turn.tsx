import { type ReactNode, startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { createTurnQueue } from './turns';

/*
 * Sections after the first screen mount one at a time, each in its own task and as a
 * transition, so a phone's main thread is never blocked long at load and input is answered
 * between them. A MessageChannel task runs sooner than setTimeout (no 4 ms clamp).
 */

function nextTask(run: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(run, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

const sections = createTurnQueue(nextTask);

/**
 * Mounts its children in their turn (lower `order` first); nothing is shown before. Once the
 * first load's turns are over, it mounts them at once (a card the user adds, a page of cards).
 */
export function MountInTurn({
  order,
  immediately = false,
  children,
}: {
  readonly order: number;
  /** Mount without waiting (the first of a list of cards, which the first screen shows). */
  readonly immediately?: boolean;
  readonly children: ReactNode;
}) {
  const [mounted, setMounted] = useState(() => immediately || sections.settled());
  useEffect(() => {
    if (mounted) return;
    let turnTaken = false;
    const withdraw = sections.enqueue(order, () => {
      turnTaken = true;
      startTransition(() => setMounted(true));
    });
    return () => {
      withdraw();
      // Gone while its turn was under way: the next section must not wait for it.
      if (turnTaken) sections.done();
    };
  }, [order, mounted]);
  return mounted ? children : null;
}

/** True while the first load is still mounting sections or cards in turns. */
export function useMountingInTurns(): boolean {
  return useSyncExternalStore(
    sections.subscribe,
    () => !sections.settled(),
    () => false,
  );
}
