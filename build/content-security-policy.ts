import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The page's one inline script, run before the first paint: it marks the document `returning`
 * when the demo prerendered in index.html (build/first-screen-plugin.ts) is not what this
 * visitor will see (a saved estimate, a share link, or a page in another language), and the
 * stylesheet then hides it, so they never see a flash of the demo. Allowed by its hash alone.
 */
export const FIRST_PAINT_SCRIPT = [
  '(function(){try{',
  'var s=window.localStorage,l=s.getItem("ocr-billing-simulator:language");',
  'var w=l===null?(navigator.languages||[navigator.language]).filter(function(x){return /^(en|zh)/i.test(x)})[0]||"en":l;',
  'if(s.getItem("ocr-billing-simulator")!==null||location.hash.length>1||/zh/i.test(w))',
  'document.documentElement.classList.add("returning")',
  '}catch(e){document.documentElement.classList.add("returning")}})()',
].join('');

/** The CSP source that allows FIRST_PAINT_SCRIPT and no other inline script. */
export const FIRST_PAINT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(FIRST_PAINT_SCRIPT).digest('base64')}'`;

/*
 * The built page's Content-Security-Policy, as a meta tag (a static host may send no headers):
 * the page runs only its own files. 'wasm-unsafe-eval' lets the exact solver (HiGHS) compile its
 * WebAssembly and nothing else; no inline style element is allowed, and no inline script but
 * FIRST_PAINT_SCRIPT, by its hash; none other is needed (the report's QR code is a data: image). Styles set by React through the style property are not inline styles to CSP.
 * Only in the build: Vite's dev server injects inline scripts for hot reload.
 * frame-ancestors cannot be set from a meta tag; a host that wants it sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${FIRST_PAINT_SCRIPT_HASH}`,
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'ocr-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
      { tag: 'script', children: FIRST_PAINT_SCRIPT, injectTo: 'head' },
    ],
  };
}
