export * from './persistence.module';
export * from './schema-defaults';
export * from './pagination';
export * from './owned';
export * from './aggregate.repository';
export * from './relay-waker';
export * from './version-errors';
export * from './versioned-write';
