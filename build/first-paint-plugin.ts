import type { Plugin } from 'vite';

/*
 * The built page paints its shell (the header and "Loading the simulator…" in index.html)
 * before it asks for the app's JavaScript. Vite writes the entry as a module script in <head>
 * with modulepreload links for its chunks; the browser fetches those at once, and on a slow
 * connection the first paint then waits on them. Here they become one small inline script at
 * the end of <body> that starts the same fetches after the shell's first frame.
 */

const ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/** `html` with its entry script and module preloads started after the first frame instead. */
export function loadAppAfterFirstPaint(html: string): string {
  const entry = ENTRY.exec(html)?.[1];
  if (entry === undefined) return html;
  const preloads = [...html.matchAll(PRELOAD)].map((match) => match[1] as string);
  const loader = `<script type="module">
      // Built by build/first-paint-plugin.ts: the app loads once the shell has painted. A tab
      // opened in the background paints nothing, so it loads at once.
      let requested = false;
      const load = () => {
        if (requested) return;
        requested = true;
        for (const href of ${JSON.stringify(preloads)}) {
          const link = document.createElement('link');
          link.rel = 'modulepreload';
          link.crossOrigin = 'anonymous';
          link.href = href;
          document.head.append(link);
        }
        const app = document.createElement('script');
        app.type = 'module';
        app.crossOrigin = 'anonymous';
        app.src = ${JSON.stringify(entry)};
        document.head.append(app);
      };
      if (document.visibilityState === 'hidden') load();
      else {
        requestAnimationFrame(() => setTimeout(load, 0));
        document.addEventListener('visibilitychange', load, { once: true });
      }
    </script>`;
  return html
    .replace(ENTRY, '')
    .replace(PRELOAD, '')
    .replace('</body>', `    ${loader}\n  </body>`);
}

export function firstPaintPlugin(): Plugin {
  return {
    name: 'ocr-first-paint',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: loadAppAfterFirstPaint },
  };
}
