import { QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { catalogQueryOptions } from '../features/catalog/catalog-query';
import { loadConsumptionChart } from '../features/results/chart-figures';
import { isShareFragment, loadShareLinkCodec } from '../features/share/share-fragment';
import { checkDraftOnce, simulationOf } from '../store/derived';
import { useScenarioStore } from '../store/scenario-store';
import { inNextTask, mountAllAtOnce } from '../ui/mount-in-turn';
import { PENDING_DRAWING_ATTRIBUTE } from '../ui/near-viewport';
import { startNewVersionWatch } from './new-version';
import { Root } from './root';
import './styles.css';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('OCR billing simulator: missing #root element in index.html');
}

const queryClient = new QueryClient();

// Offline after the first visit, and each deploy offered to open tabs (src/app/new-version.tsx).
startNewVersionWatch();

/** The longest the first render waits for the catalog before showing the page without it. */
const CATALOG_WAIT_MS = 1000;

// The first render waits (briefly) for the scenario's catalog, so the page does not draw a
// loading notice and then shift everything up when the catalog lands a moment later.
const catalogLoaded = queryClient.prefetchQuery(
  catalogQueryOptions(useScenarioStore.getState().draft.catalogId),
);
const waited = new Promise((resolve) => setTimeout(resolve, CATALOG_WAIT_MS));

// The shell in index.html paints before React's first render takes the main thread: the render
// waits for the shell's first frame. A tab opened in the background has no frames, so it does
// not wait.
const shellPainted = new Promise<void>((resolve) => {
  if (document.visibilityState === 'hidden') {
    resolve();
    return;
  }
  requestAnimationFrame(() => setTimeout(resolve, 0));
  document.addEventListener('visibilitychange', () => resolve(), { once: true });
});
// A share link opens with the first render: its codec loads alongside (its failure is reported
// by the banner, which loads it again).
const shareCodecLoaded = isShareFragment(window.location.hash)
  ? loadShareLinkCodec().catch(() => undefined)
  : Promise.resolve();

/**
 * The demo's page is in index.html for a first-time visitor (build/first-screen-plugin.ts): the
 * first render takes it over instead of drawing it again. Anyone else (a saved estimate, a share
 * link, another language) was marked `returning` before the first paint and gets a fresh render.
 */
const takesOverPrerenderedPage =
  !document.documentElement.classList.contains('returning') && container.firstElementChild !== null;

/** A task of its own: the browser paints and answers input between two of them. */
const nextTask = () => new Promise<void>((resolve) => inNextTask(resolve));

/**
 * The draft's check and simulation, each worked out in a task of its own before the first render
 * asks for them (both are kept per draft, src/store/derived.ts): the engine's first run is its
 * slowest, and inside the render it would make one long task of the start-up.
 */
async function simulateInTurns(): Promise<void> {
  await nextTask();
  const check = checkDraftOnce(useScenarioStore.getState().draft);
  await nextTask();
  if (check.parsed.ok) simulationOf(check.parsed.scenario);
}

// Where the built page shows the first chart's frame on the screen (a wide window), its code
// starts loading with the app rather than after the take-over; on a phone the frame is further
// down, and the code waits until the chart nears the screen.
const firstChartFrame = takesOverPrerenderedPage
  ? container.querySelector(`[${PENDING_DRAWING_ATTRIBUTE}]`)
  : null;
if (firstChartFrame !== null && firstChartFrame.getBoundingClientRect().top < window.innerHeight)
  void loadConsumptionChart().catch(() => undefined);

void Promise.all([
  Promise.race([catalogLoaded, waited]),
  shellPainted,
  shareCodecLoaded,
  simulateInTurns(),
]).then(() => {
  if (takesOverPrerenderedPage) {
    // As the build rendered it: every section at once (hydration yields to the browser anyway).
    mountAllAtOnce();
    // In a transition, the take-over runs in slices that yield to the browser between them.
    startTransition(() => {
      hydrateRoot(container, <Root queryClient={queryClient} />, {
        // The page differed from the built HTML (the catalog did not load in time, say): React
        // has drawn it afresh, which is all the visitor needs; the attribute lets a test tell.
        onRecoverableError: () => container.setAttribute('data-drawn-afresh', ''),
      });
    });
    // React now answers on the page: a click or a keystroke on a part not yet taken over makes
    // React take that part over at once and then handle it. The page stops holding them back
    // (build/content-security-policy.ts).
    document.documentElement.classList.remove('booting');
    return;
  }
  const root = createRoot(container);
  // A transition renders in slices that yield to the browser, so the first render never blocks
  // the main thread for long; the header and loading notice in index.html show meanwhile.
  startTransition(() => root.render(<Root queryClient={queryClient} />));
});
