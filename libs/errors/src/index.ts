export * from './problem';
export * from './validation';
export * from './problem-exception.filter';
