import type { Uf } from '@elo/contracts';
import table from './ibge-municipalities.json';

// IBGE's table of municipalities (5,571 codes, the 2024 territorial division): code → [UF, name].
// Derived once from IBGE's official list; see places/README.md.
const MUNICIPALITIES = table as unknown as Record<string, [string, string]>;

export interface Municipality {
  code: string;
  uf: Uf;
  name: string;
}

/** The municipality with this IBGE code, when it exists and lies in `uf`. */
export function municipalityIn(uf: Uf, code: string): Municipality | undefined {
  const row = Object.hasOwn(MUNICIPALITIES, code) ? MUNICIPALITIES[code] : undefined;
  if (!row || row[0] !== uf) return undefined;
  return { code, uf, name: row[1] };
}

export function municipalityCount(): number {
  return Object.keys(MUNICIPALITIES).length;
}
