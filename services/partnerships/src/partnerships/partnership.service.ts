import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import {
  DomainError,
  type Caller,
  type HistoryEntry,
  type ListPartnershipsQuery,
  type NewPartnership,
  type Page,
  type Partnership,
  type PartnershipStatus,
  type UpdatePartnershipInput,
} from '@elo/contracts';
import { foldForSearch } from '@elo/persistence';
import { AgreementWriter, actorOf, type Change } from './agreement-writer';
import { assertDates, readinessProblems } from './date-rules';
import { allowedTransitions, canTransition, datesLocked } from './lifecycle';
import { dataSharingEvent, statusEvents } from './partnership-events';
import { toHistory, type PartnershipRow } from './partnership.mapper';
import { PartnershipRepository } from './partnership.repository';
import type { PartnershipRecord } from './partnership.schema';
import { ReferenceRules } from './reference-rules';

const DATE_FIELDS = ['signedAt', 'effectiveFrom', 'effectiveUntil'] as const;
const CLEARABLE = [
  'sector',
  'nup',
  'dou',
  'signedAt',
  'effectiveFrom',
  'effectiveUntil',
  'dataSharing',
] as const;

export function searchTextOf(a: { title: string; objective: string; nup?: string | null }): string {
  return foldForSearch([a.title, a.objective, a.nup ?? ''].join(' '));
}

@Injectable()
export class PartnershipService {
  constructor(
    private readonly writer: AgreementWriter,
    private readonly repo: PartnershipRepository,
    private readonly rules: ReferenceRules,
  ) {}

  async create(input: NewPartnership, caller: Caller): Promise<Partnership> {
    await this.rules.assert(input);
    assertDates(input);
    const id = this.writer.newId();
    const doc: Partial<PartnershipRecord> = {
      ...input,
      status: 'draft',
      searchText: searchTextOf(input),
      partyInstitutionIds: input.parties.map((p) => p.institutionId),
      createdBy: actorOf(caller),
      demo: false,
    };
    const events = input.dataSharing
      ? [dataSharingEvent(this.writer.outbox, id.toHexString(), { ...input, status: 'draft' }, 0)]
      : [];
    const row = await this.repo.create(doc, events, id);
    return this.writer.view(row);
  }

  async get(id: string, caller: Caller): Promise<Partnership> {
    return this.writer.view(await this.writer.require(id, caller));
  }

  async history(id: string, caller: Caller): Promise<{ items: HistoryEntry[] }> {
    return { items: toHistory(await this.writer.require(id, caller)) };
  }

  async list(query: ListPartnershipsQuery, caller: Caller): Promise<Page<Partnership>> {
    // A query with nothing left after folding (only spaces or accents) would match everything.
    const q = query.q !== undefined && foldForSearch(query.q) ? query.q : undefined;
    const page = await this.repo.list({ ...query, q }, caller, this.writer.today());
    return { items: page.items.map((row) => this.writer.view(row)), nextCursor: page.nextCursor };
  }

  update(
    id: string,
    changes: UpdatePartnershipInput,
    caller: Caller,
    expectedVersion?: number,
  ): Promise<Partnership> {
    return this.writer.mutate(id, caller, (current) => this.changeOf(current, changes), expectedVersion);
  }

  transition(id: string, to: PartnershipStatus, reason: string, caller: Caller): Promise<Partnership> {
    return this.writer.mutate(id, caller, (current): Change => {
      if (!canTransition(current.status, to, 'person')) {
        const allowed = allowedTransitions(current.status);
        throw new DomainError(
          'PARTNERSHIP.INVALID_TRANSITION',
          `An agreement ${current.status} cannot become ${to}` +
            (allowed.length ? `; it can become ${allowed.join(' or ')}.` : '; it is final.'),
        );
      }
      const today = this.writer.today();
      const signedAt = to === 'signed' ? (current.signedAt ?? today) : current.signedAt;
      // Signing today may put the signature after an end already written down.
      if (signedAt !== current.signedAt) assertDates({ ...current, signedAt });
      const signatories = current.parties.filter((p) => p.role === 'signatory').length;
      const problems = readinessProblems({ ...current, signedAt, signatories }, to, today);
      if (problems.length)
        throw new DomainError(
          'PARTNERSHIP.NOT_READY',
          `Cannot become ${to}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
          problems,
        );
      const change = { from: current.status, to, on: today, reason, by: actorOf(caller) };
      const id = current._id.toHexString();
      return {
        update: {
          $set: { status: to, ...(signedAt ? { signedAt } : {}) },
          $push: { transitions: { from: change.from, to, at: this.writer.now(), by: change.by, reason } },
        },
        events: statusEvents(
          this.writer.outbox,
          id,
          { ...current, status: to, signedAt },
          change,
          current.__v + 1,
        ),
      };
    });
  }

  private async changeOf(current: PartnershipRow, changes: UpdatePartnershipInput): Promise<Change | null> {
    if (datesLocked(current.status) && DATE_FIELDS.some((f) => changes[f] !== undefined))
      throw new DomainError(
        'PARTNERSHIP.INVALID_DATES',
        `The dates of a ${current.status} agreement change by amendment (termo aditivo).`,
        DATE_FIELDS.filter((f) => changes[f] !== undefined).map((field) => ({
          field,
          message: 'changes by amendment',
        })),
      );
    const after: PartnershipRow = { ...current };
    const fields = after as unknown as Record<string, unknown>;
    const set: Record<string, unknown> = {};
    const unset: Record<string, ''> = {};
    for (const [field, value] of Object.entries(changes) as [keyof UpdatePartnershipInput, unknown][]) {
      if (value === undefined || isDeepStrictEqual(value, current[field] ?? null)) continue;
      if (value === null && (CLEARABLE as readonly string[]).includes(field)) {
        unset[field] = '';
        delete fields[field];
      } else {
        set[field] = value;
        fields[field] = value;
      }
    }
    if (!Object.keys(set).length && !Object.keys(unset).length) return null;
    await this.rules.assert({ ...after, commitments: current.commitments });
    assertDates(after);
    if ('title' in set || 'objective' in set || 'nup' in set || 'nup' in unset)
      set['searchText'] = searchTextOf(after);
    if ('parties' in set) set['partyInstitutionIds'] = after.parties.map((p) => p.institutionId);
    const termsTouched = ['dataSharing', 'parties'].some((f) => f in set || f in unset);
    const events =
      termsTouched && (after.dataSharing || current.dataSharing)
        ? [dataSharingEvent(this.writer.outbox, current._id.toHexString(), after, current.__v + 1)]
        : [];
    return {
      update: {
        ...(Object.keys(set).length ? { $set: set } : {}),
        ...(Object.keys(unset).length ? { $unset: unset } : {}),
      },
      events,
    };
  }
}
