import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, parseCatalog } from '../core/catalog';

/* The shipped catalogs, for the history tests and the command line. */
export function shippedCatalogs(): Catalog[] {
  return ['mainland', 'international'].map((id) => {
    const path = join(import.meta.dirname, '..', '..', '..', 'public', 'catalogs', `${id}.json`);
    const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.ok) throw new Error(`the shipped ${id} catalog does not parse`);
    return parsed.catalog;
  });
}
