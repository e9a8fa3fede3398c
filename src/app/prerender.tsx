import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { parseCatalog } from '../engine';
import { catalogQueryOptions } from '../features/catalog/catalog-query';
import { DEMO_DRAFT } from '../store/demo';
import { mountAllAtOnce } from '../ui/mount-in-turn';
import { Root } from './root';

/**
 * The page as a first-time visitor first sees it (the demo, in English), rendered to HTML when
 * the app is built (build/first-screen-plugin.ts): every section is on the first paint, before
 * any JavaScript has run, and the browser's first render takes this HTML over (src/app/main.tsx).
 * Charts are drawn by the browser; their frames and figures are here.
 */
/** The catalog the demo's page is drawn with, read by the build from public/catalogs. */
export const PRERENDERED_CATALOG_ID = DEMO_DRAFT.catalogId;

export function prerenderPage(catalogJson: string): string {
  const parsed = parseCatalog(JSON.parse(catalogJson));
  if (!parsed.ok) throw new Error(`The ${PRERENDERED_CATALOG_ID} catalog is not valid`);
  const queryClient = new QueryClient();
  queryClient.setQueryData(catalogQueryOptions(PRERENDERED_CATALOG_ID).queryKey, parsed.catalog);
  mountAllAtOnce();
  return renderToString(createElement(Root, { queryClient }));
}
