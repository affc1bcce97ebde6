export * from './request-context';
export * from './logger';
export * from './readiness';
export * from './metrics';
export * from './observability.module';
export * from './health.controller';
