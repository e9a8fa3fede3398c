import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/*
 * Makes the built app work offline after the first visit, with Workbox (through vite-plugin-pwa)
 * rather than a hand-written worker, which once missed what issue 14 lists:
 * - each precached file carries a revision taken from its content, catalogs included, so a deploy
 *   that changes only a price list still changes sw.js and reaches returning users;
 * - every entry has a revision (no file is exempt as "already hashed"), so Workbox installs each
 *   one with `cache: 'reload'`: a host's `Cache-Control: max-age` never feeds a new version old
 *   files;
 * - no skipWaiting: a new version waits until the user reloads (src/app/new-version.tsx asks);
 * - Workbox names its cache after the worker's scope, so two copies of the app under two
 *   sub-paths of one host keep two caches. Its cleanupOutdatedCaches is off because it matches
 *   scopes by substring (the app at /tools/ would delete /tools/ocr/'s cache); Workbox's own
 *   activate step already drops this scope's outdated entries.
 * The exact solver (HiGHS, 3.5 MB of WebAssembly) is precached too, so the advisor works offline.
 * Paths stay relative to sw.js, so the build works from any sub-path.
 */

/** Above HiGHS's WebAssembly (3.5 MB), Workbox's 2 MiB default would leave the advisor online-only. */
const LARGEST_PRECACHED_FILE_BYTES = 8 * 1024 * 1024;

export function offlinePlugin(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    // The page registers the worker itself (src/app/new-version.tsx), relative to its own address.
    injectRegister: false,
    manifest: false,
    filename: 'sw.js',
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,svg,wasm}'],
      maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE_BYTES,
      dontCacheBustURLsMatching: undefined,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: false,
      skipWaiting: false,
      clientsClaim: false,
    },
  });
}
