import { z } from 'zod';

const file = z.string().min(1).optional();
const json = z.string().min(2).optional();

/**
 * What a process needs on the bus: its NATS nkey seed (its identity and subject permissions on the
 * server) and the keys of signed caller assertions. Each is given inline or as a file (mode 0600).
 * Production requires them; development values (`npm start`, tests) are generated per run.
 */
export const busCredentialFields = {
  /** This service's NATS user seed (`SU…`); the server's config holds the public key and permissions. */
  NATS_NKEY_SEED: z
    .string()
    .regex(/^SU[A-Z2-7]{56}$/, 'must be a NATS user nkey seed (SU…, 58 characters)')
    .optional(),
  NATS_NKEY_SEED_FILE: file,
  /** Private Ed25519 JWK (JSON) with kid `<service>:<id>`: signs this service's requests. */
  ELO_RPC_SIGNING_KEY: json,
  ELO_RPC_SIGNING_KEY_FILE: file,
  /** JSON array of the public JWKs whose assertions this service accepts (two during a rotation). */
  ELO_RPC_TRUSTED_KEYS: json,
  ELO_RPC_TRUSTED_KEYS_FILE: file,
};
