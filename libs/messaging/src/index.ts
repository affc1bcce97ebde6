export * from './rpc/rpc-client';
export * from './rpc/rpc-client.module';
export * from './rpc/rpc-server';
export * from './rpc/caller';
