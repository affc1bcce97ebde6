export * from './clean-text';
export * from './plan-parser';
export * from './institution-seed-check';
