export * from './define-event';
export * from './event-catalog';
export * from './cloud-event';
