import {
  type ReactNode,
  Suspense,
  startTransition,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import { createTurnQueue } from './turns';

/*
 * Sections after the first screen mount one at a time, each in its own task and as a
 * transition, so a phone's main thread is never blocked long at load and input is answered
 * between them. A MessageChannel task runs sooner than setTimeout (no 4 ms clamp).
 */

/** Runs `run` in a task of its own, as soon as the browser has had its turn. */
export function inNextTask(run: () => void): void {
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

const sections = createTurnQueue(inNextTask);

let allAtOnce = false;

/**
 * Every section mounts with the first render, none in turns: the build renders the whole page
 * into index.html this way, and the browser's first render takes that HTML over (hydration,
 * which already yields to the browser between slices), so both must draw the same sections.
 */
export function mountAllAtOnce(): void {
  allAtOnce = true;
}

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
  const [mounted, setMounted] = useState(() => immediately || allAtOnce || sections.settled());
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
  if (!mounted) return null;
  return <TakenOverApart>{children}</TakenOverApart>;
}

/**
 * Its children as a part React takes over on its own when it takes over the prerendered page
 * (a Suspense boundary): React takes the parts over one by one, each its own short task, rather
 * than the whole page in one commit. Otherwise just its children.
 */
export function TakenOverApart({ children }: { readonly children: ReactNode }) {
  return allAtOnce ? <Suspense fallback={null}>{children}</Suspense> : children;
}

/** True while the first load is still mounting sections or cards in turns. */
export function useMountingInTurns(): boolean {
  return useSyncExternalStore(
    sections.subscribe,
    () => !allAtOnce && !sections.settled(),
    () => false,
  );
}
