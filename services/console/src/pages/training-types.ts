// The training routes answer untyped objects in the OpenAPI document; these follow the contract's
// TrainingEvent and ImportResult (libs/contracts/src/training).
export interface TrainingEventView {
  id: string;
  title: string;
  description?: string;
  modality: string;
  place?: { city?: string; uf?: string; venue?: string };
  sessions: { id: string; start: string; end: string }[];
  totalHours: number;
  capacity: number;
  organiserInstitutionId: string;
  status: string;
  enrolled: number;
  waiting: number;
  completedAt?: string;
}

export interface ImportResult {
  created: number;
  unchanged: number;
  enrolled: number;
  waiting: number;
}

export const TRAINING_STATUS: Record<string, string> = {
  planned: 'Planejado',
  open: 'Inscrições abertas',
  in_progress: 'Em andamento',
  completed: 'Concluído',
  cancelled: 'Cancelado',
};

export const MODALITY: Record<string, string> = {
  in_person: 'Presencial',
  online: 'A distância',
  hybrid: 'Híbrido',
};

export interface EnrolmentView {
  id: string;
  name: string;
  email: string;
  status: string;
  waitingPosition?: number;
  attendedSessionIds: string[];
  certificateCode?: string;
}

export const ENROLMENT_STATUS: Record<string, string> = {
  enrolled: 'Inscrito',
  waiting: 'Lista de espera',
  cancelled: 'Cancelado',
};
