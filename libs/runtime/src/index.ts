export * from './bootstrap-service';
export * from './run-main';
