import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The app's files as Vite links them from index.html: its entry and the modules it preloads. */
export type AppFiles = { readonly entry: string; readonly preloads: readonly string[] };

/**
 * The page's one inline script, run before the first paint:
 * - it marks the document `returning` when the demo prerendered in index.html
 *   (build/first-screen-plugin.ts) is not what this visitor will see (a saved estimate, a share
 *   link, or a page in another language), and the stylesheet then shows the neutral loading page
 *   instead, so they never see a flash of the demo;
 * - it marks the document `booting` until the app answers on the prerendered page
 *   (src/app/main.tsx), and holds back clicks and typing on that page meanwhile: a click or a
 *   keystroke nothing handles yet would change a field behind the app's back;
 * - it loads the app once the first paint is on the screen (at once in a tab nobody sees; after
 *   the load event in a browser that does not report paints; after 5 s whatever happens): the
 *   page is already drawn, and the app's files and start-up must not hold its paint back.
 * Allowed by its hash alone.
 */
export function firstPaintScript(files: AppFiles): string {
  return [
    '(function(){var d=document.documentElement;d.classList.add("booting");',
    'function hold(e){var t=e.target;',
    'if(d.classList.contains("booting")&&t&&t.closest&&t.closest("#root")&&!(e.type==="keydown"&&e.key==="Tab"))',
    '{e.preventDefault();e.stopPropagation()}}',
    '["beforeinput","keydown","mousedown","click","paste","drop"].forEach(function(t){addEventListener(t,hold,true)});',
    'try{',
    'var s=window.localStorage,l=s.getItem("ocr-billing-simulator:language");',
    'var w=l===null?(navigator.languages||[navigator.language]).filter(function(x){return /^(en|zh)/i.test(x)})[0]||"en":l;',
    'if(s.getItem("ocr-billing-simulator")!==null||location.hash.length>1||/zh/i.test(w))',
    'd.classList.add("returning")',
    '}catch(e){d.classList.add("returning")}',
    `var entry=${JSON.stringify(files.entry)},preloads=${JSON.stringify(files.preloads)},started=false;`,
    'function add(tag,attrs){var e=document.createElement(tag);for(var k in attrs)e.setAttribute(k,attrs[k]);document.head.appendChild(e)}',
    'function start(){if(started)return;started=true;',
    'preloads.forEach(function(h){add("link",{rel:"modulepreload",crossorigin:"",href:h})});',
    'add("script",{type:"module",crossorigin:"",src:entry})}',
    'function later(){setTimeout(start,0)}',
    'if(document.visibilityState==="hidden"){start();return}',
    'document.addEventListener("visibilitychange",start,{once:true});',
    'setTimeout(start,5000);',
    'var o=window.PerformanceObserver;',
    'if(o&&(o.supportedEntryTypes||[]).indexOf("paint")>=0)',
    'new o(function(l){if(l.getEntriesByName("first-contentful-paint").length)later()})',
    '.observe({type:"paint",buffered:true});',
    'else addEventListener("load",later)',
    '})()',
  ].join('');
}

/** The CSP source that allows exactly this script inline and no other. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

/*
 * The built page's Content-Security-Policy, as a meta tag (a static host may send no headers):
 * the page runs only its own files. 'wasm-unsafe-eval' lets the exact solver (HiGHS) compile its
 * WebAssembly and nothing else; no inline style element is allowed, and no inline script but
 * firstPaintScript's, by its hash; none other is needed (the report's QR code is a data: image).
 * Styles set by React through the style property are not inline styles to CSP.
 * Only in the build: Vite's dev server injects inline scripts for hot reload.
 * frame-ancestors cannot be set from a meta tag; a host that wants it sends it as a header.
 */
export const contentSecurityPolicy = (inlineScriptHash: string): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHash}`,
    "worker-src 'self'",
    "connect-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;

/**
 * Takes the app's entry script and module preloads out of the built index.html, to be loaded by
 * the inline script after the first paint, and adds that script with the policy allowing it.
 */
export function withAppLoadedAfterFirstPaint(html: string): string {
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1] as string);
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1] as string);
  const [entry, ...others] = entries;
  if (entry === undefined || others.length > 0)
    throw new Error(`index.html should link one entry script; it links ${entries.length}`);
  const script = firstPaintScript({ entry, preloads });
  const policy = contentSecurityPolicy(scriptHash(script)).replaceAll('"', '&quot;');
  return html
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(
      '<head>',
      `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`,
    )
    .replace('</head>', `  <script>${script}</script>\n  </head>`);
}

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'ocr-content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withAppLoadedAfterFirstPaint },
  };
}
