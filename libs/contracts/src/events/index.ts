export * from './define-event';
export * from './event-catalog';
export * from './cloud-event';
export * from './naming';
export * from './dead-letter';
