import type { CreateInstitutionInput, Network } from './institution';

/**
 * One record of seeds/institutions.json: what creating the institution takes, with its networks
 * always spelled out (an empty list when it belongs to none). `cnpj` is 14 plain digits and only
 * present when it is the institution's real, public CNPJ; `municipalityCode` is the 7-digit IBGE code.
 */
export interface InstitutionSeed extends CreateInstitutionInput {
  networks: Network[];
}
