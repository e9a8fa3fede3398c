import type { ScenarioDraft } from './draft';

/*
 * Inputs of the analysis around the scenario, kept beside the draft: the variants kept for
 * comparison (named snapshots of whole drafts) and the low and high cases of the usage
 * projection. Like the draft they are what the user typed; results are derived where shown.
 */

/** How many variants the comparison keeps at once. */
export const MAX_VARIANTS = 3;

/** A named snapshot of a draft, kept to be compared with others. */
export type KeptVariant = {
  readonly id: string;
  readonly name: string;
  readonly draft: ScenarioDraft;
};

/** The low and high cases as percentages around the projection, as typed ("-20", "30"). */
export type UncertaintyDraft = {
  readonly lowPercent: string;
  readonly highPercent: string;
};

export const DEFAULT_UNCERTAINTY: UncertaintyDraft = { lowPercent: '-20', highPercent: '30' };

/**
 * How the user read their last usage export, remembered for the next: the column chosen for
 * each field (by header name) and the names in it they said are an API or a region.
 */
export type UsageMapping = {
  readonly columns: Readonly<Partial<Record<'date' | 'api' | 'region' | 'calls', string>>>;
  readonly apiNames: Readonly<Record<string, string>>;
  readonly regionNames: Readonly<Record<string, string>>;
};

export const EMPTY_USAGE_MAPPING: UsageMapping = { columns: {}, apiNames: {}, regionNames: {} };
