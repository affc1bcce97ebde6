import { Injectable, Logger } from '@nestjs/common';
import { DomainError, type Caller } from '@elo/contracts';
import { AuditLog } from '../audit/audit.log';
import { IdentifierCipher } from './identifier-cipher';
import { Reencryption } from './reencryption';

const REASON_MAX = 200;

/**
 * An admin's key rotation: re-wraps the data keys and, with a new field key, re-seals every case. It
 * spans many documents, so no one write can carry its line: `keys.rotation-started` is chained before
 * anything changes (a rotation never takes effect without a line), then `keys.rotated` once it has
 * completed or `keys.rotation-failed` with the reason, each naming the position of its start. A start
 * with no outcome after it is a rotation whose process died or could not chain its outcome: it may have
 * taken effect in part; the admin runs it again, with lines of its own.
 */
@Injectable()
export class KeyRotation {
  private readonly logger = new Logger('KeyRotation');

  constructor(
    private readonly audit: AuditLog,
    private readonly cipher: IdentifierCipher,
    private readonly reencryption: Reencryption,
  ) {}

  async rotate(
    newFieldKey: boolean,
    caller: Caller,
  ): Promise<{ rewrapped: number; activeFieldKeyId: string; reencrypted: number }> {
    const started = await this.audit.append(caller, { action: 'keys.rotation-started' });
    let outcome: { rewrapped: number; activeFieldKeyId: string; reencrypted: number };
    try {
      const result = await this.cipher.ring.rotate({ newFieldKey });
      const { reencrypted } = newFieldKey ? await this.reencryption.run() : { reencrypted: 0 };
      outcome = { ...result, reencrypted };
    } catch (error) {
      const detail = `started at ${started}: ${reasonOf(error)}`;
      // The admin gets the rotation's own error; a failure line that cannot be chained leaves the start
      // line without an outcome, which says no more than the truth.
      await this.audit.append(caller, { action: 'keys.rotation-failed', detail }).catch((e: unknown) => {
        this.logger.error({ msg: 'could not chain the failed rotation', started, error: String(e) });
      });
      throw error;
    }
    const { rewrapped, activeFieldKeyId, reencrypted } = outcome;
    await this.audit.append(caller, {
      action: 'keys.rotated',
      detail: `started at ${started}: ${rewrapped} keys re-wrapped, field key ${activeFieldKeyId}, ${reencrypted} cases re-sealed`,
    });
    return outcome;
  }
}

/** The error's code (or name) and message, bounded. Rotation errors name keys and cases, never identifiers. */
function reasonOf(error: unknown): string {
  const reason =
    error instanceof DomainError
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
  return reason.slice(0, REASON_MAX);
}
