export * from './services';
export * from './infrastructure';
export * from './stack';
