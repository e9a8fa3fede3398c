import type { Plugin } from 'vite';

/*
 * The built page's Content-Security-Policy, as a meta tag (a static host may send no headers):
 * the page runs only its own files. 'wasm-unsafe-eval' lets the exact solver (HiGHS) compile its
 * WebAssembly and nothing else; no inline script or style element is allowed, and none is
 * needed (the report's QR code is a data: image). Styles set by React through the style property are not inline styles to CSP.
 * Only in the build: Vite's dev server injects inline scripts for hot reload.
 * frame-ancestors cannot be set from a meta tag; a host that wants it sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
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
    ],
  };
}
