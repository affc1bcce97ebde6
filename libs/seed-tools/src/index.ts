export * from './clean-text';
export * from './plan-parser';
export * from './plan-seed-check';
export * from './institution-seed-check';
