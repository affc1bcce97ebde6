import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError } from '@elo/contracts';
import { CurriculumService } from '../curriculum/module.service';
import { ExpertService } from '../experts/expert.service';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { PartnershipCopy } from '../partnerships/partnership-copy';
import { PlanCodes } from './plan-codes';

/** Checks that the institutions, instructors, modules, agreement and plan activities a course names exist, all at once. */
@Injectable()
export class ReferenceChecker {
  constructor(
    private readonly institutions: InstitutionCopyRepository,
    private readonly experts: ExpertService,
    private readonly modules: CurriculumService,
    private readonly partnerships: PartnershipCopy,
    private readonly plan: PlanCodes,
  ) {}

  async assertKnown(refs: {
    institutionIds: string[];
    expertIds?: string[];
    moduleIds?: string[];
    partnershipIds?: string[];
    activityCodes?: string[];
  }): Promise<void> {
    const [institutions, experts, modules, partnerships] = await Promise.all([
      this.institutions.known(refs.institutionIds),
      this.experts.existing(refs.expertIds ?? []),
      this.modules.existing(refs.moduleIds ?? []),
      this.partnerships.known(refs.partnershipIds ?? []),
    ]);
    const errors: FieldError[] = [
      ...missing(refs.institutionIds, institutions, 'institution of the directory', 'institutionIds'),
      ...missing(refs.expertIds ?? [], experts, 'expert of the bank', 'instructorIds'),
      ...missing(refs.moduleIds ?? [], modules, 'curriculum module', 'moduleIds'),
      ...missing(refs.partnershipIds ?? [], partnerships, 'signed partnership agreement', 'partnershipId'),
      ...this.plan
        .unknown(refs.activityCodes ?? [])
        .map((code) => ({ field: 'activityCodes', message: `${code} is not an activity of the plan` })),
    ];
    if (errors.length) {
      throw new DomainError('TRAINING.UNKNOWN_REFERENCE', errors.map((e) => e.message).join('; '), errors);
    }
  }
}

function missing(ids: readonly string[], known: Set<string>, what: string, field: string): FieldError[] {
  return [...new Set(ids)]
    .filter((id) => !known.has(id))
    .map((id) => ({ field, message: `${id} is not a known ${what}` }));
}
