import type { components } from './api/schema';

// Portuguese names for the API's codes.
export const ACTIVITY_STATUS: Record<string, string> = {
  not_started: 'Não iniciada',
  in_progress: 'Em andamento',
  completed: 'Concluída',
  delayed: 'Atrasada',
  cancelled: 'Cancelada',
};

export const REPORT_STATUS: Record<string, string> = {
  pending: 'Aguardando decisão',
  approved: 'Aprovado',
  returned: 'Devolvido',
};

export const PARTNERSHIP_KIND: Record<string, string> = {
  private_sector: 'Setor privado',
  technical_cooperation: 'Cooperação técnica',
  bilateral: 'Bilateral',
  multilateral: 'Multilateral',
  memorandum_of_understanding: 'Memorando de entendimento',
  international_project: 'Projeto internacional',
  international_operation: 'Operação internacional',
  data_sharing: 'Compartilhamento de dados',
};

export const PARTNERSHIP_SECTOR: Record<string, string> = {
  air_transport: 'Transporte aéreo',
  maritime_transport: 'Transporte marítimo',
  river_transport: 'Transporte fluvial',
  road_transport: 'Transporte rodoviário',
  football_sports: 'Futebol e esportes',
  tourism_hotels: 'Turismo e hotelaria',
  artist_model_agencies: 'Agências de artistas e modelos',
  technology: 'Tecnologia',
  other: 'Outro',
};

export const PARTNERSHIP_STATUS: Record<string, string> = {
  draft: 'Rascunho',
  negotiation: 'Em negociação',
  signed: 'Assinado',
  in_force: 'Em vigor',
  suspended: 'Suspenso',
  expired: 'Expirado',
  terminated: 'Encerrado',
};

export const PARTY_ROLE: Record<string, string> = {
  signatory: 'Signatária',
  implementer: 'Executora',
  funder: 'Financiadora',
  observer: 'Observadora',
};

export const REFERRAL_STATUS: Record<string, string> = {
  sent: 'Enviado',
  accepted: 'Aceito',
  rejected: 'Recusado',
  in_progress: 'Em atendimento',
  completed: 'Concluído',
  revoked: 'Revogado',
};

export const REFERRAL_URGENCY: Record<string, string> = {
  life_risk: 'Risco de vida (4 h)',
  high: 'Alta (24 h)',
  normal: 'Normal (72 h)',
};

export const REFERRAL_SERVICE: Record<string, string> = {
  shelter: 'Acolhimento',
  health: 'Saúde',
  psychosocial_care: 'Atendimento psicossocial',
  legal_aid: 'Assistência jurídica',
  documentation_regularization: 'Documentação e regularização',
  repatriation_consular: 'Repatriação e apoio consular',
  labour_rights: 'Direitos trabalhistas',
  protection_programme: 'Programa de proteção',
  investigation: 'Investigação',
};

export const ROLE_LABEL = {
  admin: 'Administração',
  coordinator: 'Coordenação',
  agency: 'Órgão ou entidade',
  viewer: 'Consulta',
} as const;

export const PERSON_STATUS = {
  invited: 'Convidada',
  active: 'Ativa',
  disabled: 'Desativada',
} as const;

export type EventType = components['schemas']['CreateEndpointInput']['eventTypes'][number];

/**
 * Every event a webhook may subscribe to. Typed by the API's list, so the console's typecheck fails when
 * the API adds (or drops) a type until it is named here.
 */
export const EVENT_TYPE: Record<EventType, string> = {
  'institution.created': 'Instituição cadastrada',
  'institution.updated': 'Instituição atualizada',
  'training.scheduled': 'Capacitação agendada',
  'training.updated': 'Capacitação alterada',
  'training.enrollment-opened': 'Inscrições abertas em capacitação',
  'training.cancelled': 'Capacitação cancelada',
  'training.completed': 'Capacitação concluída',
  'partnership.signed': 'Parceria assinada',
  'partnership.in-force': 'Parceria em vigor',
  'partnership.suspended': 'Parceria suspensa',
  'partnership.expired': 'Parceria expirada',
  'partnership.terminated': 'Parceria encerrada',
  'partnership.expiring': 'Parceria perto do fim da vigência',
  'partnership.commitment-overdue': 'Compromisso de parceria em atraso',
  'partnership.data-sharing-changed': 'Termos de compartilhamento de dados da parceria alterados',
  'activity.status-changed': 'Situação de atividade do plano alterada',
  'activity.report-submitted': 'Relatório de atividade enviado',
  'activity.report-approved': 'Relatório de atividade aprovado',
  'activity.report-returned': 'Relatório de atividade devolvido',
  'activity.overdue': 'Atividade do plano atrasada',
  'notification.endpoint-disabled': 'Endereço de webhook desativado',
  'referral.sent': 'Encaminhamento enviado',
  'referral.accepted': 'Encaminhamento aceito',
  'referral.rejected': 'Encaminhamento recusado',
  'referral.completed': 'Encaminhamento concluído',
  'referral.revoked': 'Encaminhamento revogado',
  'referral.sharing-changed': 'Compartilhamento do encaminhamento revisto',
  'referral.overdue': 'Encaminhamento sem resposta no prazo',
};

export function label(map: Record<string, string>, code: string | undefined): string {
  return code === undefined ? '—' : (map[code] ?? code);
}
