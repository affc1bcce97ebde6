import { z } from 'zod';
import { BRAZILIAN_UFS, type Uf } from '../directory/institution';
import { countryCodeSchema } from '../partnerships/partnership-terms';

/** The IBGE code of each UF: the first two digits of every municipality code in it. */
const IBGE_UF_CODES: Record<Uf, string> = {
  RO: '11',
  AC: '12',
  AM: '13',
  RR: '14',
  PA: '15',
  AP: '16',
  TO: '17',
  MA: '21',
  PI: '22',
  CE: '23',
  RN: '24',
  PB: '25',
  PE: '26',
  AL: '27',
  SE: '28',
  BA: '29',
  MG: '31',
  ES: '32',
  RJ: '33',
  SP: '35',
  PR: '41',
  SC: '42',
  RS: '43',
  MS: '50',
  MT: '51',
  GO: '52',
  DF: '53',
};

/** A place: a UF with one of its IBGE municipality codes, or a country abroad (not Brazil). */
export const placeSchema = z.union([
  z
    .strictObject({
      uf: z.enum(BRAZILIAN_UFS).meta({ description: 'The UF', example: 'MT' }),
      ibgeCode: z
        .string()
        .regex(/^\d{7}$/, 'must be a 7-digit IBGE code')
        .meta({ description: 'IBGE municipality code (7 digits)', example: '5103403' }),
    })
    .refine((p) => p.ibgeCode.startsWith(IBGE_UF_CODES[p.uf]), {
      message: 'must be the code of a municipality of that UF',
      path: ['ibgeCode'],
    }),
  z.strictObject({
    country: countryCodeSchema.refine((c) => c !== 'BR', 'a place in Brazil is a UF and an IBGE code'),
  }),
]);
