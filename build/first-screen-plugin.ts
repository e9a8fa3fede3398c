import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';

/*
 * The whole page in the built index.html, as a first-time visitor first sees it (the demo):
 * rendered by the app's own components (src/app/prerender.tsx) when the app is built, so it
 * paints before any JavaScript runs, and the browser's first render takes it over (hydration).
 * A returning visitor, whose saved estimate is not the demo, never sees it: the page's one
 * inline script marks the document before the first paint and the stylesheet shows the neutral
 * loading page instead (build/content-security-policy.ts).
 */

/** Where index.html takes the prerendered page. */
export const FIRST_SCREEN_SLOT = '<!-- first-screen -->';

/** The demo page's HTML, rendered by the app's components through Vite's module loader. */
export async function renderFirstScreen(root: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { prerenderPage, PRERENDERED_CATALOG_ID } = (await server.ssrLoadModule(
      '/src/app/prerender.tsx',
    )) as { prerenderPage: (catalogJson: string) => string; PRERENDERED_CATALOG_ID: string };
    const catalog = await readFile(
      join(root, 'public', 'catalogs', `${PRERENDERED_CATALOG_ID}.json`),
      'utf8',
    );
    return prerenderPage(catalog);
  } finally {
    await server.close();
  }
}

export function firstScreenPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'ocr-first-screen',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        if (!html.includes(FIRST_SCREEN_SLOT))
          throw new Error(`index.html has no ${FIRST_SCREEN_SLOT} for the first screen`);
        return html.replace(FIRST_SCREEN_SLOT, await renderFirstScreen(root));
      },
    },
  };
}
