// The raw floor of test/bench/gateway.bench.ts (not a benchmark itself), one role per process as the
// gateway and the directory run: `http` is Fastify with the gateway's JWT verification and a raw NATS
// request; `responder` answers that request with a raw driver findOne on the directory's database.
// Nothing else: no Nest, no validation, no logging, no mapping. Stops on an IPC 'close' message.
import { webcrypto } from 'node:crypto';
import Fastify from 'fastify';
import { jwtVerify } from 'jose';
import { MongoClient, ObjectId } from 'mongodb';
import { connect } from '@nats-io/transport-node';

const SUBJECT = 'bench.floor.institution.get';
const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i;

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

async function http(): Promise<() => Promise<void>> {
  const nc = await connect({ servers: env('NATS_URL'), name: 'bench-floor-http', noAsyncTraces: true });
  // As the gateway's TokenService holds it: a CryptoKey imported once.
  const key = await webcrypto.subtle.importKey(
    'raw',
    Buffer.from(env('JWT_SIGNING_KEY'), 'base64'),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const verifyOptions = {
    algorithms: ['HS256'],
    issuer: env('JWT_ISSUER'),
    audience: env('JWT_AUDIENCE'),
    typ: 'JWT',
    requiredClaims: ['sub', 'iat', 'exp', 'jti', 'inst', 'roles'],
    maxTokenAge: 900,
  };
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/v1/institutions/:id', async (request, reply) => {
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return reply.code(401).send();
    try {
      await jwtVerify(token, key, verifyOptions);
    } catch {
      return reply.code(401).send();
    }
    const msg = await nc.request(SUBJECT, JSON.stringify({ id: request.params.id }), { timeout: 5_000 });
    return reply.type('application/json').send(Buffer.from(msg.data));
  });
  await app.listen({ port: Number(env('PORT')), host: '127.0.0.1' });
  return async () => {
    await app.close();
    await nc.drain();
  };
}

async function responder(): Promise<() => Promise<void>> {
  const nc = await connect({ servers: env('NATS_URL'), name: 'bench-floor-responder', noAsyncTraces: true });
  const client = await MongoClient.connect(env('MONGO_URL'));
  const institutions = client.db(env('BENCH_DB')).collection('institutions');
  nc.subscribe(SUBJECT, {
    queue: 'bench-floor',
    callback: (error, msg) => {
      if (error) return;
      const { id } = msg.json<{ id: string }>();
      institutions.findOne({ _id: new ObjectId(id) }).then(
        (doc) => msg.respond(JSON.stringify(doc)),
        () => msg.respond(JSON.stringify({ error: 'findOne failed' })),
      );
    },
  });
  await nc.flush();
  return async () => {
    await nc.drain();
    await client.close();
  };
}

async function main(): Promise<void> {
  const role = process.argv[2];
  if (role !== 'http' && role !== 'responder') throw new Error('role: http or responder');
  const close = role === 'http' ? await http() : await responder();
  process.on('message', (message: { cmd?: string }) => {
    if (message.cmd !== 'close') return;
    void close().finally(() => process.exit(0));
  });
  process.send?.({ kind: 'ready' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
