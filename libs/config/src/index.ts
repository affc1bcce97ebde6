export * from './load-config';
export * from './env-schemas';
export * from './bus-credentials';
export * from './data-key';
