export { default as serviceGenerator } from './service/service.generator';
export { default as aggregateGenerator } from './aggregate/aggregate.generator';
