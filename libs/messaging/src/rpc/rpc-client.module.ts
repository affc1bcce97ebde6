import { type DynamicModule, Module } from '@nestjs/common';
import { connect } from '@nats-io/transport-node';
import { firstConnectOptions } from '../connection/first-connect';
import {
  assertionSigner,
  busCredentialsFromEnv,
  natsAuthOptions,
  type BusCredentials,
} from '../trust/bus-credentials';
import { RPC_CONNECTION, RPC_SIGNER, RPC_TIMEOUT_MS, RpcClient } from './rpc-client';

export interface RpcClientOptions {
  servers: string[];
  name: string;
  timeoutMs: number;
  /** How long the first connection may take (NATS_CONNECT_TIMEOUT_MS when absent). */
  connectTimeoutMs?: number;
  /** The NATS nkey and assertion signing key; read from the environment when absent. */
  credentials?: BusCredentials;
}

@Module({})
export class RpcClientModule {
  static forRoot(options: RpcClientOptions): DynamicModule {
    const credentials = () => options.credentials ?? busCredentialsFromEnv();
    return {
      module: RpcClientModule,
      global: true,
      providers: [
        {
          provide: RPC_CONNECTION,
          // noAsyncTraces: otherwise the client builds an Error with a stack trace for every request, in
          // case it fails; a failure here becomes a coded error naming the pattern anyway.
          useFactory: () =>
            connect({
              servers: options.servers,
              name: options.name,
              // A slow first handshake (NATS starting, a busy host) is retried, up to the deadline.
              ...firstConnectOptions(options.connectTimeoutMs),
              noAsyncTraces: true,
              ...natsAuthOptions(credentials()),
            }),
        },
        { provide: RPC_SIGNER, useFactory: () => assertionSigner(credentials()) },
        { provide: RPC_TIMEOUT_MS, useValue: options.timeoutMs },
        RpcClient,
      ],
      exports: [RpcClient, RPC_CONNECTION],
    };
  }
}
