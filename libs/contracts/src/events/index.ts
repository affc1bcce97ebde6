export * from './define-event';
export * from './event-catalog';
