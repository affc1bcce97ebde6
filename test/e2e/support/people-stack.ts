import { randomUUID } from 'node:crypto';
import { type Collection, MongoClient } from 'mongodb';
import { adminToken, institutionIdByAcronym, startTestStack, type TestStack } from '@elo/testing';

/** A test stack on its own databases, an admin client's token, MJSP's id and the directory's people. */
export interface PeopleStack {
  stack: TestStack;
  token: string;
  mjsp: string;
  people(): Collection;
  stop(): Promise<void>;
}

export async function startPeopleStack(name: string): Promise<PeopleStack> {
  const prefix = `${name}-${randomUUID().slice(0, 8)}`;
  const stack = await startTestStack({ env: { ELO_DB_PREFIX: prefix } });
  let mongo: MongoClient | undefined;
  try {
    mongo = await MongoClient.connect(stack.mongo.url);
    const db = mongo.db(`${prefix}-directory`);
    const opened = mongo;
    return {
      stack,
      token: await adminToken(stack),
      mjsp: await institutionIdByAcronym(stack, 'MJSP'),
      people: () => db.collection('people'),
      async stop() {
        await opened.close();
        await stack.stop();
      },
    };
  } catch (error) {
    await mongo?.close();
    await stack.stop();
    throw error;
  }
}
