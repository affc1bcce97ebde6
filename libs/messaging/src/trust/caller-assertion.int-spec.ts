import { Controller, Module, type INestApplicationContext, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { SignJWT, importJWK, type JWK } from 'jose';
import { HEADER_CALLER_ASSERTION, type Caller, type RpcRequest } from '@elo/contracts';
import { runWithContext } from '@elo/observability';
import { codeOf, startNats, type TestNats } from '@elo/testing';
import { RpcClient } from '../rpc/rpc-client';
import { RpcClientModule } from '../rpc/rpc-client.module';
import { RpcHandler } from '../rpc/rpc-handler';
import { RpcContextInterceptor, RpcErrorFilter, natsMicroserviceOptions } from '../rpc/rpc-server';
import { CallerAssertionSigner, CallerAssertionVerifier } from './caller-assertion';
import { generateRpcKey } from './rpc-keys';

const ADMIN: Caller = { clientId: 'elo_admin', institutionId: 'inst-1', roles: ['admin'] };
const ID = '0'.repeat(23) + '1';

@Controller()
class Directory {
  @RpcHandler('directory.institution.get')
  get(input: RpcRequest<'directory.institution.get'>, caller: Caller) {
    return { id: input.id, clientId: caller.clientId } as never;
  }
  @RpcHandler('directory.client.status')
  status(input: RpcRequest<'directory.client.status'>) {
    return { clientId: input.clientId, active: true };
  }
}
@Module({ controllers: [Directory] })
class DirectoryModule {}

// Keys: the gateway's old and new key (a rotation in progress) and the training service's own.
const gatewayOld = generateRpcKey('gateway', 'k1');
const gatewayNew = generateRpcKey('gateway', 'k2');
const training = generateRpcKey('training', 'k1');
const stranger = generateRpcKey('gateway', 'k1'); // same kid, key nobody trusts

describe('signed caller assertions over NATS', () => {
  let nats: TestNats;
  let server: INestMicroservice;
  let raw: NatsConnection;
  const apps: INestApplicationContext[] = [];

  beforeAll(async () => {
    nats = await startNats();
    server = await NestFactory.createMicroservice(DirectoryModule, {
      ...natsMicroserviceOptions([nats.url], 'directory'),
      logger: false,
    });
    const verifier = await CallerAssertionVerifier.create([
      gatewayOld.publicKey,
      gatewayNew.publicKey,
      training.publicKey,
    ]);
    server.useGlobalInterceptors(new RpcContextInterceptor(verifier));
    server.useGlobalFilters(new RpcErrorFilter());
    await server.listen();
    raw = await connect({ servers: nats.url });
  });

  afterAll(async () => {
    await raw?.close();
    for (const app of apps) await app.close();
    await server?.close();
    await nats?.stop();
  });

  async function clientSigningWith(signingKey: string): Promise<RpcClient> {
    const app = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({
        servers: [nats.url],
        name: 'test',
        timeoutMs: 20_000,
        credentials: { production: false, signingKey: JSON.parse(signingKey) as JWK, trustedKeys: [] },
      }),
      { logger: false },
    );
    apps.push(app);
    return app.get(RpcClient);
  }

  /** Sends a raw request with this assertion header (or none) and returns the error code, if any. */
  async function rawCode(pattern: string, assertion: string | undefined, data: unknown = { id: ID }) {
    const hdrs = natsHeaders();
    if (assertion !== undefined) hdrs.set(HEADER_CALLER_ASSERTION, assertion);
    const reply = await raw.request(pattern, JSON.stringify({ pattern, data, id: '1' }), {
      timeout: 5_000,
      headers: hdrs,
    });
    const body = reply.json<{ err?: { code: string }; response?: unknown }>();
    return body.err?.code ?? 'ok';
  }

  const asAdmin = <T>(fn: () => Promise<T>) => runWithContext({ correlationId: 'c1', caller: ADMIN }, fn);

  it('accepts both gateway keys while the signing key changes (rotation)', async () => {
    const before = await clientSigningWith(gatewayOld.signingKey);
    const after = await clientSigningWith(gatewayNew.signingKey);
    await expect(asAdmin(() => before.send('directory.institution.get', { id: ID }))).resolves.toEqual({
      id: ID,
      clientId: ADMIN.clientId,
    });
    await expect(asAdmin(() => after.send('directory.institution.get', { id: ID }))).resolves.toEqual({
      id: ID,
      clientId: ADMIN.clientId,
    });
  });

  it('refuses a missing assertion and the old plain JSON caller header', async () => {
    await expect(rawCode('directory.institution.get', undefined)).resolves.toBe('AUTH.UNAUTHENTICATED');
    await expect(rawCode('directory.institution.get', JSON.stringify(ADMIN))).resolves.toBe(
      'AUTH.UNAUTHENTICATED',
    );
  });

  it('refuses a forged assertion: signed by a key nobody trusts under a trusted key id', async () => {
    const forger = await CallerAssertionSigner.create(JSON.parse(stranger.signingKey) as JWK);
    const forged = await forger.sign('directory.institution.get', ADMIN);
    await expect(rawCode('directory.institution.get', forged)).resolves.toBe('AUTH.UNAUTHENTICATED');
  });

  it('refuses an altered assertion (roles changed after signing)', async () => {
    const signer = await CallerAssertionSigner.create(JSON.parse(gatewayNew.signingKey) as JWK);
    const [header, payload, signature] = (await signer.sign('directory.institution.get', ADMIN)).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const altered = Buffer.from(JSON.stringify({ ...claims, inst: 'inst-2' })).toString('base64url');
    await expect(rawCode('directory.institution.get', `${header}.${altered}.${signature}`)).resolves.toBe(
      'AUTH.UNAUTHENTICATED',
    );
  });

  it('refuses an expired assertion', async () => {
    const key = await importJWK(JSON.parse(gatewayNew.signingKey) as JWK, 'EdDSA');
    const past = Math.floor(Date.now() / 1000) - 600;
    const expired = await new SignJWT({ inst: ADMIN.institutionId, roles: ADMIN.roles })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'elo-caller+jwt', kid: 'gateway:k2' })
      .setIssuer('gateway')
      .setAudience('directory.institution.get')
      .setSubject(ADMIN.clientId)
      .setIssuedAt(past)
      .setExpirationTime(past + 60)
      .setJti('expired-1')
      .sign(key);
    await expect(rawCode('directory.institution.get', expired)).resolves.toBe('AUTH.UNAUTHENTICATED');
  });

  it('refuses an assertion made for another pattern, and one sent twice', async () => {
    const signer = await CallerAssertionSigner.create(JSON.parse(gatewayNew.signingKey) as JWK);
    const forList = await signer.sign('directory.institution.list', ADMIN);
    await expect(rawCode('directory.institution.get', forList)).resolves.toBe('AUTH.UNAUTHENTICATED');
    const once = await signer.sign('directory.institution.get', ADMIN);
    await expect(rawCode('directory.institution.get', once)).resolves.toBe('ok');
    await expect(rawCode('directory.institution.get', once)).resolves.toBe('AUTH.UNAUTHENTICATED');
  });

  it('lets a service sign with its own key only for what the catalog allows it', async () => {
    const asTraining = await clientSigningWith(training.signingKey);
    // directory.client.status is `internal: ['gateway']`: training's own identity is not enough…
    await expect(codeOf(asTraining.send('directory.client.status', { clientId: 'elo_x' }))).resolves.toBe(
      'AUTH.FORBIDDEN',
    );
    // …and a caller it claims to vouch for is not one: only the gateway authenticates API clients.
    await expect(
      codeOf(asAdmin(() => asTraining.send('directory.institution.get', { id: ID }))),
    ).resolves.toBe('AUTH.UNAUTHENTICATED');
    const asGateway = await clientSigningWith(gatewayNew.signingKey);
    await expect(asGateway.send('directory.client.status', { clientId: 'elo_x' })).resolves.toEqual({
      clientId: 'elo_x',
      active: true,
    });
  });

  it('refuses a training key that claims to sign for the gateway', async () => {
    const key = await importJWK(JSON.parse(training.signingKey) as JWK, 'EdDSA');
    const now = Math.floor(Date.now() / 1000);
    const claimed = await new SignJWT({ inst: ADMIN.institutionId, roles: ADMIN.roles })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'elo-caller+jwt', kid: 'training:k1' })
      .setIssuer('gateway')
      .setAudience('directory.institution.get')
      .setSubject(ADMIN.clientId)
      .setIssuedAt(now)
      .setExpirationTime(now + 30)
      .setJti('claimed-1')
      .sign(key);
    await expect(rawCode('directory.institution.get', claimed)).resolves.toBe('AUTH.UNAUTHENTICATED');
  });
});
