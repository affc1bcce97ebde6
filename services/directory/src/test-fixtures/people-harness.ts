import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { Caller, RpcPattern, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import { runWithContext } from '@elo/observability';
import { InstitutionService } from '../institutions/institution.service';
import { startDirectoryUnderTest, type DirectoryUnderTest } from '../test-support';
import { PersonRecord } from '../people/person.schema';
import { SessionRecord } from '../people/session.schema';

/** A directory on its own NATS and database, an RPC client to it, and one institution for people to join. */
export interface PeopleHarness {
  directory: DirectoryUnderTest;
  people: Model<PersonRecord>;
  sessions: Model<SessionRecord>;
  institutionId: string;
  /** A request as `caller` (none: a service on its own behalf), over NATS like the gateway's. */
  send<P extends RpcPattern>(pattern: P, input: RpcRequest<P>, caller?: Caller): Promise<RpcResponse<P>>;
  stop(): Promise<void>;
}

export async function startPeopleHarness(
  name: string,
  env: Record<string, string> = {},
): Promise<PeopleHarness> {
  const directory = await startDirectoryUnderTest(name, { NODE_ENV: 'test', ...env });
  let client: INestApplicationContext | undefined;
  try {
    client = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [directory.nats.url], name: 'test', timeoutMs: 10_000 }),
      { logger: false },
    );
    const rpc = client.get(RpcClient);
    const app = directory.service.app;
    const institution = await app
      .get(InstitutionService)
      .create({ name: 'Ministério da Justiça', acronym: 'MJSP', kind: 'federal_body' });
    const opened = client;
    return {
      directory,
      people: app.get<Model<PersonRecord>>(getModelToken(PersonRecord.name)),
      sessions: app.get<Model<SessionRecord>>(getModelToken(SessionRecord.name)),
      institutionId: institution.id,
      send: (pattern, input, caller) =>
        runWithContext({ correlationId: 'c', caller }, () => rpc.send(pattern, input)),
      async stop() {
        await opened.close();
        await directory.stop();
      },
    };
  } catch (error) {
    await client?.close();
    await directory.stop();
    throw error;
  }
}
