import type { Institution } from '@elo/contracts';
import type { InstitutionRepository } from './institution.repository';
import { InstitutionService } from './institution.service';

const ID = '0123456789abcdef01234567';
const AT_VERSION_2: Institution = {
  id: ID,
  name: 'Secretaria de Teste',
  acronym: 'SETESTE',
  kind: 'state_body',
  networks: [],
  version: 2,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

/** A store at version 2 whose versioned write always loses the race (someone else wrote first). */
function losingRaces(): { service: InstitutionService; writes: () => number } {
  let writes = 0;
  const repository = {
    findById: async () => AT_VERSION_2,
    update: async () => {
      writes++;
      return null;
    },
  } as unknown as InstitutionRepository;
  return { service: new InstitutionService(repository), writes: () => writes };
}

describe('InstitutionService.update with an expected version', () => {
  it('fails its precondition, without writing, when the institution is at another version', async () => {
    const { service, writes } = losingRaces();
    await expect(service.update(ID, { uf: 'AM' }, 1)).rejects.toMatchObject({
      code: 'COMMON.PRECONDITION_FAILED',
    });
    expect(writes()).toBe(0);
  });

  it('fails its precondition when the version changes between the read and the write', async () => {
    const { service, writes } = losingRaces();
    await expect(service.update(ID, { uf: 'AM' }, 2)).rejects.toMatchObject({
      code: 'COMMON.PRECONDITION_FAILED',
    });
    expect(writes()).toBe(1);
  });

  it('without one, retries a lost race and then reports a concurrent modification', async () => {
    const { service, writes } = losingRaces();
    await expect(service.update(ID, { uf: 'AM' })).rejects.toMatchObject({
      code: 'COMMON.CONCURRENT_MODIFICATION',
    });
    expect(writes()).toBe(3);
  });
});
