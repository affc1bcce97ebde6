// Checks on seeds/institutions.json as parsed JSON (unknown until proven to be InstitutionSeed[]).
import { BRAZILIAN_UFS, INSTITUTION_KINDS, isValidCnpj, NETWORKS, type Uf } from '@elo/contracts';

// An IBGE municipality code starts with its state's IBGE code: a cheap guard against swapped codes.
// prettier-ignore
const IBGE_UF_CODES = {
  RO: '11', AC: '12', AM: '13', RR: '14', PA: '15', AP: '16', TO: '17',
  MA: '21', PI: '22', CE: '23', RN: '24', PB: '25', PE: '26', AL: '27', SE: '28', BA: '29',
  MG: '31', ES: '32', RJ: '33', SP: '35', PR: '41', SC: '42', RS: '43',
  MS: '50', MT: '51', GO: '52', DF: '53',
} satisfies Record<Uf, string>;

const KEYS = new Set(['name', 'acronym', 'kind', 'cnpj', 'uf', 'municipalityCode', 'networks']);

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

// The gateway's rules for names and acronyms, minus spaces in acronyms (none of ours has any).
const ACRONYM = /^[\p{L}\p{N}][\p{L}\p{N}.\-/&]{0,29}$/u;

function isCleanName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= 2 &&
    value.length <= 200 &&
    value === value.trim() &&
    !/\s{2}|[^\S ]/.test(value)
  );
}

function recordProblems(record: Record<string, unknown>, at: string): string[] {
  const problems: string[] = [];
  const { name, acronym, kind, cnpj, uf, municipalityCode, networks } = record;
  for (const key of Object.keys(record)) {
    if (!KEYS.has(key)) problems.push(`${at} has unknown field "${key}"`);
  }
  if (!isCleanName(name)) problems.push(`${at} name is not clean text of 2–200 characters`);
  if (typeof acronym !== 'string' || !ACRONYM.test(acronym)) {
    problems.push(`${at} acronym is not 1–30 letters, digits or . - / & without spaces`);
  }
  if (!isOneOf(INSTITUTION_KINDS, kind)) problems.push(`${at} kind ${JSON.stringify(kind)} is unknown`);
  if (!Array.isArray(networks)) {
    problems.push(`${at} networks is not a list`);
  } else {
    for (const network of networks) {
      if (!isOneOf(NETWORKS, network)) problems.push(`${at} network ${JSON.stringify(network)} is unknown`);
    }
    if (new Set(networks).size !== networks.length) problems.push(`${at} lists a network twice`);
  }
  if (cnpj !== undefined && (typeof cnpj !== 'string' || !isValidCnpj(cnpj))) {
    problems.push(`${at} cnpj ${JSON.stringify(cnpj)} is not 14 digits with valid check digits`);
  }
  if (uf !== undefined && !isOneOf(BRAZILIAN_UFS, uf)) {
    problems.push(`${at} uf ${JSON.stringify(uf)} is unknown`);
  }
  if (municipalityCode !== undefined) {
    if (typeof municipalityCode !== 'string' || !/^[0-9]{7}$/.test(municipalityCode)) {
      problems.push(`${at} municipalityCode ${JSON.stringify(municipalityCode)} is not 7 digits`);
    } else if (!isOneOf(BRAZILIAN_UFS, uf)) {
      problems.push(`${at} has a municipalityCode but no uf`);
    } else if (!municipalityCode.startsWith(IBGE_UF_CODES[uf])) {
      problems.push(`${at} municipalityCode ${municipalityCode} is not in ${uf}`);
    }
  }
  return problems;
}

function duplicates(values: unknown[]): unknown[] {
  return values.filter((value, i) => value !== undefined && values.indexOf(value) !== i);
}

/** Every problem found, as readable sentences; an empty list means a valid InstitutionSeed[]. */
export function findInstitutionSeedProblems(records: unknown): string[] {
  if (!Array.isArray(records)) return ['the seed is not a list'];
  const problems: string[] = [];
  const objects: Record<string, unknown>[] = [];
  records.forEach((record: unknown, i) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      problems.push(`record ${i} is not an object`);
      return;
    }
    const fields = record as Record<string, unknown>;
    objects.push(fields);
    problems.push(...recordProblems(fields, `record ${i} (${String(fields.acronym)})`));
  });
  const field = (key: string, normalise = (v: unknown) => v) => objects.map((o) => normalise(o[key]));
  // Acronyms are looked up case-insensitively, so "Interpol" and "INTERPOL" would clash.
  const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);
  for (const acronym of duplicates(field('acronym', upper)))
    problems.push(`acronym ${String(acronym)} is not unique`);
  for (const name of duplicates(field('name'))) problems.push(`name ${String(name)} is not unique`);
  for (const cnpj of duplicates(field('cnpj'))) problems.push(`cnpj ${String(cnpj)} is not unique`);
  return problems;
}
