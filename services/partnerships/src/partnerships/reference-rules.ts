import { Injectable } from '@nestjs/common';
import {
  DATA_SHARING_KINDS,
  DomainError,
  type DataSharingTerms,
  type FieldError,
  type PartnershipKind,
  type PartnershipSector,
} from '@elo/contracts';
import { PlanCodes } from '../common/plan-codes';
import { InstitutionCopyRepository } from '@elo/institution-copy';

export interface AgreementReferences {
  kind: PartnershipKind;
  sector?: PartnershipSector | null;
  parties: { institutionId: string }[];
  activityCodes: string[];
  dataSharing?: DataSharingTerms | null;
  commitments?: { responsibleInstitutionId: string }[];
}

/** What an agreement names must exist and fit together: institutions, plan codes, sector, data terms. */
@Injectable()
export class ReferenceRules {
  constructor(
    private readonly institutions: InstitutionCopyRepository,
    private readonly plan: PlanCodes,
  ) {}

  async assert(a: AgreementReferences): Promise<void> {
    if (a.sector && a.kind !== 'private_sector')
      throw invalid('COMMON.VALIDATION', 'sector', 'is only for private_sector agreements');
    if (!a.sector && a.kind === 'private_sector')
      throw invalid('COMMON.VALIDATION', 'sector', 'is required for private_sector agreements');
    const unknownCodes = this.plan.unknown(a.activityCodes);
    if (unknownCodes.length)
      throw invalid(
        'PARTNERSHIP.UNKNOWN_ACTIVITY',
        'activityCodes',
        `${unknownCodes.join(', ')} not in the plan`,
      );
    const partyIds = a.parties.map((p) => p.institutionId);
    const known = await this.institutions.known(partyIds);
    const unknown = partyIds.filter((id) => !known.has(id));
    if (unknown.length)
      throw invalid(
        'PARTNERSHIP.UNKNOWN_INSTITUTION',
        'parties',
        `${unknown.join(', ')} not in the directory`,
      );
    const parties = new Set(partyIds);
    const strangers = (a.commitments ?? []).filter((c) => !parties.has(c.responsibleInstitutionId));
    if (strangers.length)
      throw invalid(
        'PARTNERSHIP.UNKNOWN_INSTITUTION',
        'responsibleInstitutionId',
        'must be a party of the agreement',
      );
    if (a.dataSharing) this.assertTerms(a.kind, a.dataSharing, parties);
  }

  private assertTerms(kind: PartnershipKind, terms: DataSharingTerms, parties: ReadonlySet<string>): void {
    if (!DATA_SHARING_KINDS.includes(kind))
      throw invalid(
        'PARTNERSHIP.INVALID_TERMS',
        'dataSharing',
        `${kind} agreements carry no data-sharing terms`,
      );
    const errors: FieldError[] = [];
    terms.flows.forEach((flow, i) => {
      for (const side of ['fromInstitutionId', 'toInstitutionId'] as const)
        if (!parties.has(flow[side]))
          errors.push({
            field: `dataSharing.flows.${i}.${side}`,
            message: 'must be a party of the agreement',
          });
    });
    if (errors.length)
      throw new DomainError('PARTNERSHIP.INVALID_TERMS', 'Data may only flow between parties.', errors);
  }
}

function invalid(
  code:
    | 'COMMON.VALIDATION'
    | 'PARTNERSHIP.UNKNOWN_ACTIVITY'
    | 'PARTNERSHIP.UNKNOWN_INSTITUTION'
    | 'PARTNERSHIP.INVALID_TERMS',
  field: string,
  message: string,
): DomainError {
  return new DomainError(code, `${field} ${message}`, [{ field, message }]);
}
