import { loadDataKey, type DataKeySource } from '@elo/config';

export interface TotpKeySource extends DataKeySource {
  DIRECTORY_TOTP_KEY?: string | undefined;
}

/** The key sealing TOTP secrets: required in production, generated in the data directory otherwise. */
export function loadTotpKey(config: TotpKeySource): Buffer {
  return loadDataKey(config, 'DIRECTORY_TOTP_KEY', config.DIRECTORY_TOTP_KEY, 'directory-totp.key');
}
