import { Injectable } from '@nestjs/common';
import {
  DomainError,
  OPEN_ENDED_KINDS,
  type AmendmentInput,
  type Caller,
  type Partnership,
  type RenewalInput,
} from '@elo/contracts';
import { isDuplicateKeyError } from '@elo/persistence';
import { AgreementWriter, actorOf } from './agreement-writer';
import { assertDates } from './date-rules';
import { LIVE_STATUSES } from './lifecycle';
import { dataSharingEvent } from './partnership-events';
import { PartnershipRepository } from './partnership.repository';
import type { PartnershipRecord } from './partnership.schema';
import { searchTextOf } from './partnership.service';
import { ReferenceRules } from './reference-rules';

/** Amendments (termos aditivos) change a signed agreement's dates or add commitments; renewals are new terms. */
@Injectable()
export class AmendmentService {
  constructor(
    private readonly writer: AgreementWriter,
    private readonly repo: PartnershipRepository,
    private readonly rules: ReferenceRules,
  ) {}

  amend(id: string, input: AmendmentInput, caller: Caller): Promise<Partnership> {
    return this.writer.mutate(id, caller, async (current) => {
      if (!LIVE_STATUSES.includes(current.status))
        throw new DomainError(
          'PARTNERSHIP.NOT_READY',
          `A ${current.status} agreement cannot be amended; only signed, in force or suspended ones.`,
          [{ field: 'status', message: `is ${current.status}` }],
        );
      const effectiveFrom = input.effectiveFrom ?? current.effectiveFrom;
      const effectiveUntil =
        input.effectiveUntil === undefined ? current.effectiveUntil : (input.effectiveUntil ?? undefined);
      if (current.signedAt && input.signedAt < current.signedAt)
        throw new DomainError(
          'PARTNERSHIP.INVALID_DATES',
          'An amendment cannot be signed before the agreement.',
          [{ field: 'signedAt', message: `must not be before ${current.signedAt}` }],
        );
      if (!effectiveUntil && !OPEN_ENDED_KINDS.includes(current.kind))
        throw new DomainError('PARTNERSHIP.INVALID_DATES', `A ${current.kind} agreement needs an end.`, [
          { field: 'effectiveUntil', message: 'is required' },
        ]);
      assertDates({ kind: current.kind, signedAt: current.signedAt, effectiveFrom, effectiveUntil });
      const commitments = (input.commitments ?? []).map((c) => ({
        ...c,
        id: this.writer.newId().toHexString(),
        status: 'pending' as const,
        evidence: [],
      }));
      await this.rules.assert({ ...current, commitments });
      const after = { ...current, effectiveFrom, effectiveUntil };
      const amendment = {
        number: current.amendments.length + 1,
        description: input.description,
        signedAt: input.signedAt,
        before: dates(current),
        after: dates(after),
        commitmentIds: commitments.map((c) => c.id),
        at: this.writer.now(),
        by: actorOf(caller),
      };
      return {
        update: {
          $set: {
            ...(effectiveFrom ? { effectiveFrom } : {}),
            ...(effectiveUntil ? { effectiveUntil } : {}),
          },
          ...(effectiveUntil ? {} : { $unset: { effectiveUntil: '' } }),
          $push: { amendments: amendment, commitments: { $each: commitments } },
        },
        events: current.dataSharing
          ? [dataSharingEvent(this.writer.outbox, current._id.toHexString(), after, current.__v + 1)]
          : [],
      };
    });
  }

  async renew(id: string, input: RenewalInput, caller: Caller): Promise<Partnership> {
    const current = await this.writer.require(id, caller);
    if (![...LIVE_STATUSES, 'expired'].includes(current.status))
      throw new DomainError('PARTNERSHIP.NOT_READY', `A ${current.status} agreement cannot be renewed.`, [
        { field: 'status', message: `is ${current.status}` },
      ]);
    if (current.renewedBy || (await this.repo.existsRenewalOf(id)))
      throw new DomainError('PARTNERSHIP.ALREADY_RENEWED', `Agreement ${id} was already renewed.`);
    if (current.effectiveFrom && input.effectiveFrom <= current.effectiveFrom)
      throw new DomainError('PARTNERSHIP.INVALID_DATES', 'A renewal starts after the agreement it renews.', [
        { field: 'effectiveFrom', message: `must be after ${current.effectiveFrom}` },
      ]);
    assertDates({
      kind: current.kind,
      effectiveFrom: input.effectiveFrom,
      effectiveUntil: input.effectiveUntil,
    });
    const newId = this.writer.newId();
    const title = input.title ?? current.title;
    const doc: Partial<PartnershipRecord> = {
      kind: current.kind,
      ...(current.sector ? { sector: current.sector } : {}),
      title,
      objective: current.objective,
      searchText: searchTextOf({ title, objective: current.objective }),
      status: 'draft',
      confidentiality: current.confidentiality,
      parties: current.parties,
      partyInstitutionIds: current.partyInstitutionIds,
      countries: current.countries,
      activityCodes: current.activityCodes,
      ...(current.dataSharing ? { dataSharing: current.dataSharing } : {}),
      effectiveFrom: input.effectiveFrom,
      ...(input.effectiveUntil ? { effectiveUntil: input.effectiveUntil } : {}),
      renewalOf: id,
      createdBy: actorOf(caller),
      demo: false,
    };
    const events = current.dataSharing
      ? [
          dataSharingEvent(
            this.writer.outbox,
            newId.toHexString(),
            { ...current, ...doc, status: 'draft' },
            0,
          ),
        ]
      : [];
    try {
      const row = await this.repo.create(doc, events, newId);
      // The unique renewalOf index made the renewal; the link back is derived and safe to repeat.
      await this.repo.markRenewed(current._id, newId.toHexString());
      return this.writer.view(row);
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw new DomainError('PARTNERSHIP.ALREADY_RENEWED', `Agreement ${id} was already renewed.`);
      throw error;
    }
  }
}

function dates(a: { effectiveFrom?: string; effectiveUntil?: string }) {
  return {
    ...(a.effectiveFrom ? { effectiveFrom: a.effectiveFrom } : {}),
    ...(a.effectiveUntil ? { effectiveUntil: a.effectiveUntil } : {}),
  };
}
