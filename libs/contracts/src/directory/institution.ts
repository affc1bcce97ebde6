export const INSTITUTION_KINDS = [
  'federal_body',
  'state_body',
  'municipal_body',
  'justice_system',
  'civil_society',
  'international_organization',
  'private_company',
  'foreign_government',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const NETWORKS = ['CONATRAP', 'NETP', 'PAAHM', 'STATE_COMMITTEE'] as const;
export type Network = (typeof NETWORKS)[number];

export const BRAZILIAN_UFS = [
  'AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA',
  'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO',
] as const;
export type Uf = (typeof BRAZILIAN_UFS)[number];

export interface CreateInstitutionInput {
  name: string;
  acronym: string;
  kind: InstitutionKind;
  cnpj?: string;
  uf?: Uf;
  municipalityCode?: string;
  networks?: Network[];
}

export interface Institution extends CreateInstitutionInput {
  id: string;
  networks: Network[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type UpdateInstitutionInput = Partial<CreateInstitutionInput>;

export interface ListInstitutionsQuery {
  limit: number;
  cursor?: string;
  kind?: InstitutionKind;
  network?: Network;
  uf?: Uf;
}
