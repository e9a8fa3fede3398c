import type { Catalog } from '../../engine';

// Placeholder until the feature lands in this session (being written now).
export function PricesEditor(_props: { readonly catalog: Catalog | undefined }) {
  return null;
}
