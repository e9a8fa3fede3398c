import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { App } from './app.tsx';
import { ErrorBoundary } from './error-boundary';
import { NewVersionNotice } from './new-version';

/**
 * The whole page, as the browser renders it and as the build renders it into index.html for a
 * first-time visitor (build/first-screen-plugin.ts): one tree, so the browser's first render
 * matches the built HTML and takes it over instead of drawing it again.
 */
export function Root({ queryClient }: { readonly queryClient: QueryClient }) {
  useEffect(handOverFromIndexHtml, []);
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary name="The page" wholePage>
          <App />
        </ErrorBoundary>
        {/* Outside the page's boundary: a page that failed on a missing part can still reload. */}
        <NewVersionNotice />
      </QueryClientProvider>
    </StrictMode>
  );
}

/**
 * The app's first render is on the page: the loading page index.html showed a returning visitor
 * goes, and nothing is held back any more (build/content-security-policy.ts).
 */
function handOverFromIndexHtml(): void {
  document.getElementById('boot-shell')?.remove();
  document.documentElement.classList.remove('returning', 'booting');
}
