import { type DynamicModule, Module } from '@nestjs/common';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { RPC_CLIENT_PROXY, RPC_TIMEOUT_MS, RpcClient } from './rpc-client';

export interface RpcClientOptions {
  servers: string[];
  name: string;
  timeoutMs: number;
}

@Module({})
export class RpcClientModule {
  static forRoot(options: RpcClientOptions): DynamicModule {
    return {
      module: RpcClientModule,
      global: true,
      providers: [
        {
          provide: RPC_CLIENT_PROXY,
          useFactory: async () => {
            const proxy = ClientProxyFactory.create({
              transport: Transport.NATS,
              options: { servers: options.servers, name: options.name, maxReconnectAttempts: -1 },
            });
            await proxy.connect();
            return proxy;
          },
        },
        { provide: RPC_TIMEOUT_MS, useValue: options.timeoutMs },
        RpcClient,
      ],
      exports: [RpcClient],
    };
  }
}
