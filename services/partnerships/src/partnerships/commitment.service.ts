import { Injectable } from '@nestjs/common';
import {
  DomainError,
  type Caller,
  type CommitmentCompletion,
  type CommitmentInput,
  type CommitmentUpdate,
  type Partnership,
} from '@elo/contracts';
import { AgreementWriter, type Change } from './agreement-writer';
import type { PartnershipRow } from './partnership.mapper';
import { seesAll } from './partnership.repository';
import type { CommitmentRecord } from './partnership.schema';
import { ReferenceRules } from './reference-rules';

const FINAL = new Set(['expired', 'terminated']);
/** What an agency of the responsible institution may change; the rest is the coordinators'. */
const AGENCY_FIELDS = new Set(['status', 'evidence']);

/** The work plan: coordinators add and change commitments; the responsible institution's agency reports on its own. */
@Injectable()
export class CommitmentService {
  constructor(
    private readonly writer: AgreementWriter,
    private readonly rules: ReferenceRules,
  ) {}

  create(id: string, input: CommitmentInput, caller: Caller): Promise<Partnership> {
    return this.writer.mutate(id, caller, async (current): Promise<Change> => {
      assertOpen(current);
      const commitment = {
        ...input,
        id: this.writer.newId().toHexString(),
        status: 'pending' as const,
        evidence: [],
      };
      await this.rules.assert({ ...current, commitments: [commitment] });
      return { update: { $push: { commitments: commitment } }, events: [] };
    });
  }

  update(id: string, commitmentId: string, changes: CommitmentUpdate, caller: Caller): Promise<Partnership> {
    return this.writer.mutate(id, caller, async (current) => {
      const target = this.editable(current, commitmentId, caller);
      const forbidden = Object.keys(changes).filter((k) => !AGENCY_FIELDS.has(k));
      if (!seesAll(caller) && forbidden.length)
        throw new DomainError(
          'PARTNERSHIP.NOT_RESPONSIBLE',
          `Only coordinators change ${forbidden.join(', ')}.`,
        );
      const next: CommitmentRecord = { ...target, ...changes };
      await this.rules.assert({ ...current, commitments: [next] });
      return replace(current, next);
    });
  }

  complete(
    id: string,
    commitmentId: string,
    completion: CommitmentCompletion,
    caller: Caller,
  ): Promise<Partnership> {
    return this.writer.mutate(id, caller, (current) => {
      const target = this.editable(current, commitmentId, caller);
      if (target.status === 'done') return null;
      return replace(current, {
        ...target,
        status: 'done',
        completedAt: this.writer.now(),
        evidence: [...target.evidence, ...(completion.evidence ?? [])],
      });
    });
  }

  private editable(current: PartnershipRow, commitmentId: string, caller: Caller): CommitmentRecord {
    assertOpen(current);
    const target = current.commitments.find((c) => c.id === commitmentId);
    if (!target)
      throw new DomainError(
        'PARTNERSHIP.COMMITMENT_NOT_FOUND',
        `No commitment ${commitmentId} in agreement ${current._id.toHexString()}.`,
      );
    if (!seesAll(caller) && caller.institutionId !== target.responsibleInstitutionId)
      throw new DomainError(
        'PARTNERSHIP.NOT_RESPONSIBLE',
        'Only the responsible institution or a coordinator changes this commitment.',
      );
    return target;
  }
}

function assertOpen(current: PartnershipRow): void {
  if (FINAL.has(current.status))
    throw new DomainError(
      'PARTNERSHIP.NOT_READY',
      `The agreement is ${current.status}: its work plan is closed.`,
      [{ field: 'status', message: `is ${current.status}` }],
    );
}

function replace(current: PartnershipRow, next: CommitmentRecord): Change {
  return {
    update: { $set: { commitments: current.commitments.map((c) => (c.id === next.id ? next : c)) } },
    events: [],
  };
}
