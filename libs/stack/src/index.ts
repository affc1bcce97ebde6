export * from './services';
export * from './infrastructure';
export * from './stack';
export * from './dev-credentials';
export * from './bus-permissions';
export * from './nats-config';
export * from './console-build';
export * from './first-admin';
