export * from './expect-eventually';
export * from './ports';
export * from './nats';
export * from './mongo';
export * from './container-runtime';
export * from './test-stack';
export * from './auth';
export * from './thrown';
