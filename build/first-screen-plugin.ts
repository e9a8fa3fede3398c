import { createServer, type Plugin } from 'vite';

/*
 * The first screen in the built index.html: the demo's summary and its first chart's frame,
 * rendered by the app's own components (src/app/first-screen.tsx) when the app is built, so a
 * first-time visitor sees figures before any JavaScript runs. A returning visitor, whose saved
 * estimate is not the demo, never sees it: the page's one inline script marks the document
 * before the first paint and the stylesheet hides it (build/content-security-policy.ts).
 */

/** Where index.html takes the first screen. */
export const FIRST_SCREEN_SLOT = '<!-- first-screen -->';

/** The first screen's HTML, rendered by the app's components through Vite's module loader. */
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
    const [{ renderToString }, { createElement }, module] = await Promise.all([
      import('react-dom/server'),
      import('react'),
      server.ssrLoadModule('/src/app/first-screen.tsx'),
    ]);
    const { FirstScreen } = module as { FirstScreen: () => unknown };
    return renderToString(createElement(FirstScreen as () => null));
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
        const screen = await renderFirstScreen(root);
        return html.replace(FIRST_SCREEN_SLOT, `<div class="first-screen">${screen}</div>`);
      },
    },
  };
}
