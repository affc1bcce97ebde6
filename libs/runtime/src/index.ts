export * from './bootstrap-service';
export * from './readiness-handler';
export * from './run-main';
export * from './periodic-job';
