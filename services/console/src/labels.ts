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

export function label(map: Record<string, string>, code: string | undefined): string {
  return code === undefined ? '—' : (map[code] ?? code);
}
