export * from './request-context';
export * from './logger';
export * from './log-format';
export * from './readiness';
export * from './metrics';
export * from './observability.module';
export * from './health.controller';
