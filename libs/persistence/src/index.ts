export * from './persistence.module';
export * from './schema-defaults';
export * from './pagination';
export * from './owned';
