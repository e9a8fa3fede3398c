export * from './advisor/advisor';
export * from './advisor/advisor-milp';
export * from './advisor/break-even';
export * from './advisor/milp-highs';
export * from './billing/deduction';
export { type IncrementalRun, simulateIncrementally } from './billing/incremental';
export * from './billing/pricing';
export * from './billing/purchase-payback';
export * from './billing/rule-presets';
// The day loop's parts stay inside the engine (incremental.ts reuses them); this is the surface.
export {
  type AllowancePeriod,
  balanceAtEndOf,
  type MonthOutcome,
  type PackageDetail,
  type PackageOutcome,
  type Simulation,
  type SimulationResult,
  simulate,
  simulateDetailed,
  type Totals,
  toResultDocument,
} from './billing/simulate';
export * from './billing/spread';
export * from './core/calendar';
export * from './core/catalog';
export * from './core/frozen';
export * from './core/money';
export * from './core/scenario';
export * from './core/typed-number';
export * from './messages';
export * from './projection/generator';
export * from './projection/renewal';
