import type { BrazilTimezone, TrainingAudience, TrainingModality, TrainingStatus } from '@elo/contracts';
import type { PlaceRecord, SessionRecord } from '../events/event.schema';
import { municipalityIn } from '../places/municipalities';

export interface DemoEvent {
  key: string;
  title: string;
  description: string;
  modality: TrainingModality;
  place?: PlaceRecord;
  timezone: BrazilTimezone;
  sessions: SessionRecord[];
  capacity: number;
  audiences: TrainingAudience[];
  organiser: string;
  partners: string[];
  instructorKeys: string[];
  moduleKeys: string[];
  activityCodes: string[];
  status: TrainingStatus;
  completedAt?: string;
  participants: number;
}

export const SEED_ACRONYMS = ['OIM', 'MS', 'CNJ', 'TRF3', 'EMAG', 'AJUFE'];

function place(uf: PlaceRecord['uf'], code: string): PlaceRecord {
  const m = municipalityIn(uf, code);
  if (!m) throw new Error(`demo seed names an unknown municipality ${code}/${uf}`);
  return { uf, municipalityCode: code, municipalityName: m.name };
}

function sessions(days: string[], from: string, to: string, offset: string): SessionRecord[] {
  return days.map((day, i) => {
    const start = `${day}T${from}:00${offset}`;
    const end = `${day}T${to}:00${offset}`;
    return { id: `s${i + 1}`, start, end, hours: (Date.parse(end) - Date.parse(start)) / 3_600_000 };
  });
}

export const DEMO_EVENTS: DemoEvent[] = [
  {
    key: 'iom-south-american-case-law',
    title: '[DEMO] Jurisprudência sul-americana em matéria de tráfico de pessoas',
    description:
      'Capacitação virtual para cerca de 600 servidores responsáveis pela responsabilização do crime, no projeto ' +
      '“Promovendo uma Rede de Gestão de Conhecimento em Tráfico de Pessoas na América do Sul”. Dados de demonstração.',
    modality: 'online',
    timezone: 'America/Sao_Paulo',
    sessions: sessions(['2024-09-02', '2024-09-04', '2024-09-09', '2024-09-11'], '14:00', '17:00', '-03:00'),
    capacity: 600,
    audiences: ['justice_system'],
    organiser: 'OIM',
    partners: [],
    instructorKeys: ['expert-1'],
    moduleKeys: ['module-concepts', 'module-justice'],
    activityCodes: ['4.1.1', '5.3.1'],
    status: 'completed',
    completedAt: '2024-09-11T21:00:00.000Z',
    participants: 600,
  },
  {
    key: 'iom-health-professionals',
    title: '[DEMO] Assistência às vítimas de tráfico de pessoas para profissionais de saúde',
    description:
      'Capacitação presencial para fortalecer a identificação de possíveis vítimas numa das principais portas de ' +
      'identificação, o atendimento de saúde. Dados de demonstração.',
    modality: 'in_person',
    place: place('RR', '1400456'),
    timezone: 'America/Boa_Vista',
    sessions: sessions(['2026-03-16', '2026-03-17'], '08:00', '12:00', '-04:00'),
    capacity: 40,
    audiences: ['health'],
    organiser: 'OIM',
    partners: ['MS'],
    instructorKeys: ['expert-2'],
    moduleKeys: ['module-identification', 'module-referral'],
    activityCodes: ['4.1.1'],
    status: 'open',
    participants: 12,
  },
  {
    key: 'iom-justice-system',
    title: '[DEMO] Tráfico de pessoas e crimes correlatos para magistrados e servidores da justiça',
    description:
      'Fortalecimento das capacidades dos atores do sistema de justiça em prevenir e processar o tráfico de pessoas, ' +
      'com CNJ, TRF3, EMAG e AJUFE. Dados de demonstração.',
    modality: 'hybrid',
    place: place('SP', '3550308'),
    timezone: 'America/Sao_Paulo',
    sessions: sessions(['2026-05-11', '2026-05-12', '2026-05-13'], '09:00', '17:00', '-03:00'),
    capacity: 80,
    audiences: ['justice_system'],
    organiser: 'CNJ',
    partners: ['TRF3', 'EMAG', 'AJUFE', 'OIM'],
    instructorKeys: ['expert-1'],
    moduleKeys: ['module-concepts', 'module-justice'],
    activityCodes: ['5.1.2', '5.3.1'],
    status: 'planned',
    participants: 0,
  },
];
