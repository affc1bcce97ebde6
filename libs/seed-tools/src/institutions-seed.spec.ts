// The committed seeds/institutions.json: valid InstitutionSeed records for the institutions the
// source documents name, and a checker that catches each kind of bad record.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InstitutionSeed } from '@elo/contracts';
import { findInstitutionSeedProblems } from './institution-seed-check';

const SEED_PATH = path.resolve(__dirname, '../../../seeds/institutions.json');
const raw: unknown = JSON.parse(readFileSync(SEED_PATH, 'utf8'));
const seed = raw as InstitutionSeed[];

function byAcronym(acronym: string): InstitutionSeed {
  const found = seed.find((record) => record.acronym === acronym);
  if (!found) throw new Error(`${acronym} missing`);
  return found;
}

describe('seeds/institutions.json', () => {
  it('is a list of valid records: known kinds, networks and UFs, real check digits, unique acronyms', () => {
    expect(findInstitutionSeedProblems(raw)).toEqual([]);
  });

  it('names the institutions of the source documents', () => {
    const acronyms = seed.map((record) => record.acronym);
    const required = [
      'CONATRAP',
      'MJSP',
      'MTE',
      'MRE',
      'MDHC',
      'MS',
      'MDS',
      'PF',
      'PRF',
      'MPF',
      'DPU',
      'CNJ',
    ];
    required.push(
      'TRF3',
      'AJUFE',
      'EMAG',
      'OIM',
      'INTERPOL',
      'MMulheres',
      'ABIN',
      'TST',
      'MPT',
      'MPI',
      'MIR',
    );
    expect(required.filter((acronym) => !acronyms.includes(acronym))).toEqual([]);
    expect(byAcronym('OIM')).toMatchObject({
      name: 'Organização Internacional para as Migrações',
      kind: 'international_organization',
    });
    expect(byAcronym('CONATRAP').name).toBe('Comitê Nacional de Enfrentamento ao Tráfico de Pessoas');
  });

  it('puts each institution in the networks its role implies', () => {
    expect(byAcronym('CONATRAP').networks).toContain('CONATRAP');
    const inNetwork = (prefix: string, network: InstitutionSeed['networks'][number]) =>
      seed.filter((record) => record.acronym.startsWith(prefix) && !record.networks.includes(network));
    expect(inNetwork('NETP-', 'NETP')).toEqual([]);
    expect(inNetwork('PAAHM-', 'PAAHM')).toEqual([]);
    expect(seed.filter((record) => record.networks.includes('NETP')).length).toBeGreaterThanOrEqual(2);
    expect(seed.filter((record) => record.networks.includes('PAAHM')).length).toBeGreaterThanOrEqual(2);
    expect(seed.some((record) => record.networks.includes('STATE_COMMITTEE'))).toBe(true);
  });

  it('gives municipal bodies their IBGE code', () => {
    const municipal = seed.filter((record) => record.kind === 'municipal_body');
    expect(municipal.filter((record) => record.municipalityCode === undefined)).toEqual([]);
    expect(byAcronym('PMBV')).toMatchObject({ uf: 'RR', municipalityCode: '1400100' }); // Boa Vista
    expect(byAcronym('PM-PACARAIMA')).toMatchObject({ uf: 'RR', municipalityCode: '1400456' });
  });
});

describe('findInstitutionSeedProblems', () => {
  const good = (): Record<string, unknown>[] => [
    {
      name: 'Ministério da Justiça e Segurança Pública',
      acronym: 'MJSP',
      kind: 'federal_body',
      cnpj: '00394494000136',
      networks: ['CONATRAP'],
    },
    {
      name: 'Prefeitura Municipal de Boa Vista',
      acronym: 'PMBV',
      kind: 'municipal_body',
      uf: 'RR',
      municipalityCode: '1400100',
      networks: [],
    },
  ];

  it('finds none in valid records', () => expect(findInstitutionSeedProblems(good())).toEqual([]));

  it.each<[string, (records: Record<string, unknown>[]) => void, RegExp]>([
    ['a duplicated acronym, whatever its case', (r) => (r[1].acronym = 'mjsp'), /acronym MJSP is not unique/],
    ['an unknown kind', (r) => (r[0].kind = 'ministry'), /kind "ministry" is unknown/],
    ['an unknown network', (r) => (r[0].networks = ['NETP', 'CONATRAPP']), /network "CONATRAPP" is unknown/],
    ['a network listed twice', (r) => (r[0].networks = ['NETP', 'NETP']), /network twice/],
    ['missing networks', (r) => delete r[0].networks, /networks is not a list/],
    ['a wrong CNPJ check digit', (r) => (r[0].cnpj = '00394494000137'), /cnpj "00394494000137"/],
    ['a formatted CNPJ', (r) => (r[0].cnpj = '00.394.494/0001-36'), /cnpj "00.394.494\/0001-36"/],
    ['an unknown UF', (r) => (r[1].uf = 'XX'), /uf "XX" is unknown/],
    ['a 6-digit municipality code', (r) => (r[1].municipalityCode = '140010'), /is not 7 digits/],
    ['a numeric municipality code', (r) => (r[1].municipalityCode = 1400100), /is not 7 digits/],
    ['a municipality code without UF', (r) => delete r[1].uf, /no uf/],
    ['a municipality code of another state', (r) => (r[1].uf = 'AM'), /1400100 is not in AM/],
    ['an untrimmed name', (r) => (r[0].name = 'Ministério '), /name is not clean/],
    ['a one-letter name', (r) => (r[0].name = 'M'), /name is not clean/],
    ['an acronym over 30 characters', (r) => (r[0].acronym = 'M'.repeat(31)), /acronym is not 1–30/],
    ['an acronym with a space', (r) => (r[0].acronym = 'MJ SP'), /acronym is not 1–30/],
    ['an unknown field', (r) => (r[0].site = 'gov.br'), /unknown field "site"/],
    ['a duplicated CNPJ', (r) => (r[1].cnpj = '00394494000136'), /cnpj 00394494000136 is not unique/],
  ])('finds %s', (_case, corrupt, problem) => {
    const records = good();
    corrupt(records);
    expect(findInstitutionSeedProblems(records).join('\n')).toMatch(problem);
  });

  it('rejects a seed that is not a list of objects', () => {
    expect(findInstitutionSeedProblems({})).toEqual(['the seed is not a list']);
    expect(findInstitutionSeedProblems([null])).toEqual(['record 0 is not an object']);
  });
});
