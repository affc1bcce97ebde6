import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { Caller } from '@elo/contracts';
import { ClientSecretHasher } from '@elo/messaging';
import { codeOf } from '@elo/testing';
import { InstitutionService } from '../institutions/institution.service';
import { ApiClientRecord } from './api-client.schema';
import { ApiClientService } from './api-client.service';
import { startDirectoryUnderTest, type DirectoryUnderTest } from '../test-support';

const ADMIN: Caller = { clientId: 'elo-admin', institutionId: 'system', roles: ['admin'] };

describe('directory: API clients against the real wire protocol', () => {
  let directory: DirectoryUnderTest;
  let clients: ApiClientService;
  let model: Model<ApiClientRecord>;
  let service: DirectoryUnderTest['service'];
  let institutionId: string;
  let otherInstitutionId: string;

  beforeAll(async () => {
    directory = await startDirectoryUnderTest('clients');
    service = directory.service;
    clients = service.app.get(ApiClientService);
    model = service.app.get<Model<ApiClientRecord>>(getModelToken(ApiClientRecord.name));
    const institutions = service.app.get(InstitutionService);
    institutionId = (
      await institutions.create({ name: 'Polícia Federal', acronym: 'PF', kind: 'federal_body' })
    ).id;
    otherInstitutionId = (
      await institutions.create({ name: 'Defensoria', acronym: 'DPU', kind: 'justice_system' })
    ).id;
  }, 60_000);

  afterAll(async () => {
    await directory?.stop();
  });

  it('stores only a keyed hash of the secret (HMAC-SHA256 with ELO_CLIENT_SECRET_KEY)', async () => {
    const created = await clients.create({ institutionId, name: 'PF system', roles: ['agency'] });
    const raw = await model.collection.findOne({ clientId: created.clientId });
    expect(raw?.['secretHash']).toMatch(/^hmac-sha256\$[A-Za-z0-9_-]{43}$/);
    expect(
      service.app.get(ClientSecretHasher).verify(created.clientSecret, String(raw?.['secretHash'])),
    ).toBe(true);
    expect(JSON.stringify(raw)).not.toContain(created.clientSecret);
    expect(Object.keys(created)).not.toContain('secretHash');
  });

  it('returns the stored hash, status and caller for the gateway to check, and known: false otherwise', async () => {
    const created = await clients.create({ institutionId, name: 'PF intake', roles: ['agency', 'viewer'] });
    const stored = await clients.credentials({ clientId: created.clientId });
    expect(stored).toEqual({
      known: true,
      secretHash: expect.stringMatching(/^hmac-sha256\$/),
      active: true,
      caller: { clientId: created.clientId, institutionId, roles: ['agency', 'viewer'] },
    });
    expect(JSON.stringify(stored)).not.toContain(created.clientSecret);
    await expect(clients.credentials({ clientId: 'elo_AAAAAAAAAAAAAAAAAAAAAA' })).resolves.toEqual({
      known: false,
    });
    const injected = clients.credentials({ clientId: { $ne: '' } as unknown as string });
    await expect(injected).resolves.toEqual({ known: false });
  });

  it('revokes within its institution only, once, and then reports the client inactive', async () => {
    const created = await clients.create({ institutionId, name: 'PF old', roles: ['viewer'] });
    await expect(
      codeOf(clients.revoke({ institutionId: otherInstitutionId, clientId: created.clientId })),
    ).resolves.toBe('DIRECTORY.CLIENT_NOT_FOUND');
    await expect(clients.status({ clientId: created.clientId })).resolves.toEqual({
      clientId: created.clientId,
      active: true,
    });
    const first = await clients.revoke({ institutionId, clientId: created.clientId });
    const second = await clients.revoke({ institutionId, clientId: created.clientId });
    expect(first.revokedAt).toEqual(expect.any(String));
    expect(second.revokedAt).toBe(first.revokedAt);
    await expect(clients.status({ clientId: created.clientId })).resolves.toEqual({
      clientId: created.clientId,
      active: false,
    });
    await expect(clients.credentials({ clientId: created.clientId })).resolves.toMatchObject({
      known: true,
      active: false,
    });
  });

  it('enforces ownership in the service, whatever the gateway did', async () => {
    const agency: Caller = { clientId: 'elo_x', institutionId, roles: ['agency'] };
    await expect(codeOf(clients.list({ institutionId, limit: 10 }, agency))).resolves.toBe('ok');
    await expect(
      codeOf(clients.list({ institutionId: otherInstitutionId, limit: 10 }, agency)),
    ).resolves.toBe('DIRECTORY.INSTITUTION_NOT_FOUND'); // another institution's clients are not found
    await expect(
      codeOf(
        clients.create({ institutionId: '0123456789abcdef01234567', name: 'Sistema', roles: ['viewer'] }),
      ),
    ).resolves.toBe('DIRECTORY.INSTITUTION_NOT_FOUND');
  });

  it('pages an institution’s clients and never mixes institutions', async () => {
    for (let i = 0; i < 3; i++)
      await clients.create({ institutionId: otherInstitutionId, name: `DPU ${i}`, roles: ['viewer'] });
    const first = await clients.list({ institutionId: otherInstitutionId, limit: 2 }, ADMIN);
    expect(first.items).toHaveLength(2);
    const second = await clients.list(
      { institutionId: otherInstitutionId, limit: 2, cursor: first.nextCursor ?? '' },
      ADMIN,
    );
    expect(second.items.map((c) => c.name)).toEqual(['DPU 2']);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].every((c) => c.institutionId === otherInstitutionId)).toBe(true);
  });
});
