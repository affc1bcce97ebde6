export * from './rpc/rpc-client';
export * from './rpc/rpc-client.module';
export * from './rpc/rpc-server';
export * from './rpc/rpc-handler';
export * from './rpc/catalog-check';
export * from './rpc/caller';
