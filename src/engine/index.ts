export * from './calendar';
export * from './deduction';
export * from './money';
export * from './pricing';
export * from './scenario';
export * from './simulate';
