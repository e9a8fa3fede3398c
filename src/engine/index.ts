export * from './calendar';
export * from './catalog';
export * from './deduction';
export * from './money';
export * from './pricing';
export * from './scenario';
export * from './simulate';
