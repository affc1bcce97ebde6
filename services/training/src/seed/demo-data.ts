import { createHash } from 'node:crypto';
import type { CreateModuleInput, Participant, TrainingAudience, Uf } from '@elo/contracts';

// Demo data drawn from IOM Brazil's description of its capacity building (seeds/README): every
// person is fictitious, with an example.org email. Deterministic, so loading it twice finds the same records.

/** A stable ObjectId-shaped id for a seed key. */
export function seedId(key: string): string {
  return createHash('sha256').update(`elo-training-seed:${key}`).digest('hex').slice(0, 24);
}

export const DEMO_MODULES: (CreateModuleInput & { key: string })[] = [
  {
    key: 'module-concepts',
    title: 'Conceitos, marco legal e Protocolo de Palermo',
    hours: 4,
    objectives: [
      'Reconhecer os elementos do crime do art. 149-A do Código Penal',
      'Distinguir tráfico de pessoas e contrabando de migrantes',
    ],
    audiences: [
      'justice_system',
      'law_enforcement',
      'health',
      'social_assistance',
      'education',
      'civil_society',
    ],
    activityCodes: ['1.4.2'],
  },
  {
    key: 'module-identification',
    title: 'Identificação de possíveis vítimas e indicadores',
    hours: 4,
    objectives: [
      'Aplicar indicadores de tráfico de pessoas no atendimento',
      'Conduzir uma escuta qualificada sem revitimização',
    ],
    audiences: ['health', 'social_assistance', 'law_enforcement', 'labour_inspection', 'migration_services'],
    activityCodes: ['1.4.2', '5.3.1'],
  },
  {
    key: 'module-referral',
    title: 'Atendimento, proteção e encaminhamento na rede',
    hours: 4,
    objectives: [
      'Conhecer os fluxos de encaminhamento dos NETPs e postos avançados',
      'Acionar a rede de proteção local',
    ],
    audiences: ['health', 'social_assistance', 'civil_society', 'migration_services'],
    activityCodes: ['1.4.2'],
  },
  {
    key: 'module-justice',
    title: 'Responsabilização e jurisprudência sul-americana',
    hours: 6,
    objectives: [
      'Comparar decisões de tribunais sul-americanos sobre tráfico de pessoas',
      'Aplicar o princípio da não criminalização das vítimas',
    ],
    audiences: ['justice_system', 'law_enforcement'],
    activityCodes: ['1.4.2', '5.1.2', '5.3.1'],
  },
];

export const DEMO_EXPERTS = [
  {
    key: 'expert-1',
    name: 'Dra. Helena Fictícia (demo)',
    email: 'helena.ficticia@example.org',
    institutionAcronym: 'OIM',
    areas: ['jurisprudência', 'responsabilização'],
    languages: ['pt', 'es'],
    uf: 'DF' as Uf,
  },
  {
    key: 'expert-2',
    name: 'Dr. Paulo Exemplo (demo)',
    email: 'paulo.exemplo@example.org',
    institutionAcronym: 'MS',
    areas: ['saúde', 'identificação de vítimas'],
    languages: ['pt'],
    uf: 'RR' as Uf,
  },
];

const FIRST = [
  'Ana',
  'Bruno',
  'Carla',
  'Diego',
  'Elisa',
  'Fábio',
  'Gabriela',
  'Hugo',
  'Inês',
  'João',
  'Karina',
  'Luís',
  'Marta',
  'Nuno',
  'Olga',
  'Pedro',
  'Quitéria',
  'Rafael',
  'Sofia',
  'Tiago',
];
const LAST = [
  'Exemplo',
  'Fictício',
  'Demonstração',
  'Teste',
  'Modelo',
  'Amostra',
  'Ilustrativo',
  'Simulado',
  'Provisório',
  'Hipotético',
];
const UFS: Uf[] = ['SP', 'RJ', 'DF', 'AM', 'PA', 'RR', 'PR', 'BA', 'PE', 'RS', 'MG', 'CE'];

/** `count` obviously fictitious justice officials: "Ana Exemplo 001", ana.exemplo.001@example.org. */
export function demoParticipants(count: number, audience: TrainingAudience): Participant[] {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const n = String(i + 1).padStart(3, '0');
    const slug = `${first}.${last}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return {
      name: `${first} ${last} ${n}`,
      email: `${slug}.${n}@example.org`,
      audience,
      uf: UFS[i % UFS.length],
    };
  });
}

/** Which of the course's sessions the i-th demo participant attended: most all, some too few for a certificate. */
export function demoAttendance(i: number, sessionIds: readonly string[]): string[] {
  const missed = i % 13 === 0 ? 3 : i % 5 === 0 ? 1 : 0;
  return sessionIds.slice(0, sessionIds.length - missed);
}
