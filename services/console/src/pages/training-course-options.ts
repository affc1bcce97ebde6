import type { components } from '../api/schema';

// The choices of a new course, typed by the API's schema: the console's typecheck fails when the API
// adds or drops an audience, time zone or UF until it is named here.
export type NewCourse = components['schemas']['CreateTrainingEvent'];
export type Audience = NewCourse['audiences'][number];
export type TimeZone = NewCourse['timezone'];
export type Uf = NonNullable<NewCourse['place']>['uf'];
export type Modality = NewCourse['modality'];

export const AUDIENCE: Record<Audience, string> = {
  justice_system: 'Sistema de justiça',
  law_enforcement: 'Segurança pública',
  health: 'Saúde',
  social_assistance: 'Assistência social',
  education: 'Educação',
  labour_inspection: 'Inspeção do trabalho',
  migration_services: 'Serviços de migração',
  civil_society: 'Sociedade civil',
  other: 'Outro público',
};

export const TIME_ZONE: Record<TimeZone, string> = {
  'America/Sao_Paulo': 'Horário de Brasília (São Paulo, Brasília, Rio de Janeiro…)',
  'America/Noronha': 'Fernando de Noronha',
  'America/Belem': 'Belém',
  'America/Fortaleza': 'Fortaleza',
  'America/Recife': 'Recife',
  'America/Araguaina': 'Araguaína',
  'America/Maceio': 'Maceió',
  'America/Bahia': 'Salvador',
  'America/Santarem': 'Santarém',
  'America/Campo_Grande': 'Campo Grande',
  'America/Cuiaba': 'Cuiabá',
  'America/Porto_Velho': 'Porto Velho',
  'America/Boa_Vista': 'Boa Vista',
  'America/Manaus': 'Manaus',
  'America/Eirunepe': 'Eirunepé',
  'America/Rio_Branco': 'Rio Branco',
};

export const UF: Record<Uf, string> = {
  AC: 'Acre',
  AL: 'Alagoas',
  AP: 'Amapá',
  AM: 'Amazonas',
  BA: 'Bahia',
  CE: 'Ceará',
  DF: 'Distrito Federal',
  ES: 'Espírito Santo',
  GO: 'Goiás',
  MA: 'Maranhão',
  MT: 'Mato Grosso',
  MS: 'Mato Grosso do Sul',
  MG: 'Minas Gerais',
  PA: 'Pará',
  PB: 'Paraíba',
  PR: 'Paraná',
  PE: 'Pernambuco',
  PI: 'Piauí',
  RJ: 'Rio de Janeiro',
  RN: 'Rio Grande do Norte',
  RS: 'Rio Grande do Sul',
  RO: 'Rondônia',
  RR: 'Roraima',
  SC: 'Santa Catarina',
  SP: 'São Paulo',
  SE: 'Sergipe',
  TO: 'Tocantins',
};

/** The offset of `timeZone` at an instant, in minutes east of UTC (−180 for São Paulo). */
function offsetMinutes(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A wall-clock date and time in the course's time zone as the API wants it, with that zone's offset
 * on that day ('2026-03-10', '14:00' → '2026-03-10T14:00:00-03:00'), daylight saving included. Empty
 * when either part is missing, so the API names the session that lacks it.
 */
export function zonedDateTime(date: string, time: string, timeZone: string): string {
  if (!date || !time) return '';
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return '';
  // The offset at the wall time read as UTC is off by the offset itself near a change: look again there.
  const offset = offsetMinutes(wall - offsetMinutes(wall, timeZone) * 60_000, timeZone);
  const abs = Math.abs(offset);
  return `${date}T${time}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
