import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, parseCatalog } from '../core/catalog';

/*
 * The shipped catalogs, for the history tests and the command line; `root` is the project's
 * folder (the built command line no longer sits where this file does).
 */
export function shippedCatalogs(
  root: string = join(import.meta.dirname, '..', '..', '..'),
): Catalog[] {
  return ['mainland', 'international'].map((id) => {
    const path = join(root, 'public', 'catalogs', `${id}.json`);
    const parsed = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.ok) throw new Error(`the shipped ${id} catalog does not parse`);
    return parsed.catalog;
  });
}
