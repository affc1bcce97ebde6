import {
  DomainError,
  PEOPLE_TRAINED_UNIT,
  isPlanDate,
  validationError,
  type FieldError,
  type Indicator,
  type IndicatorInput,
  type UpdateActivityInput,
} from '@elo/contracts';

// Checks and merges for a coordinator's PATCH, apart from persistence so they can be tested alone.

export interface DatedActivity {
  startDate?: string;
  dueDate?: string;
}

/** Both dates inside 2024–2028 and the start not after the due date (considering the stored one). */
export function assertDates(current: DatedActivity, changes: UpdateActivityInput): void {
  const errors: FieldError[] = [];
  for (const field of ['startDate', 'dueDate'] as const) {
    const value = changes[field];
    if (value !== undefined && value !== null && !isPlanDate(value)) {
      errors.push({
        field,
        message: `${field} must be a date (YYYY-MM-DD) between 2024-01-01 and 2028-12-31`,
      });
    }
  }
  if (!errors.length) {
    const start = changes.startDate === undefined ? current.startDate : (changes.startDate ?? undefined);
    const due = changes.dueDate === undefined ? current.dueDate : (changes.dueDate ?? undefined);
    if (start && due && start > due)
      errors.push({ field: 'dueDate', message: `dueDate ${due} is before startDate ${start}` });
  }
  if (errors.length)
    throw new DomainError('PLAN.INVALID_DATES', errors.map((e) => e.message).join('; '), errors);
}

/**
 * Partners unique and distinct from the lead, each taken from the change or else from the stored
 * activity: a new lead alone must not be one of the stored partners either.
 */
export function assertParticipants(
  current: { leadInstitutionId?: string; partnerInstitutionIds?: readonly string[] },
  changes: UpdateActivityInput,
): void {
  const { leadInstitutionId: newLead, partnerInstitutionIds: newPartners } = changes;
  if (newLead === undefined && newPartners === undefined) return;
  if (newPartners && new Set(newPartners).size !== newPartners.length)
    throw validationError('partnerInstitutionIds', 'must not repeat an id');
  const lead = newLead === undefined ? current.leadInstitutionId : (newLead ?? undefined);
  const partners = newPartners ?? current.partnerInstitutionIds ?? [];
  if (!lead || !partners.includes(lead)) return;
  throw newPartners
    ? validationError('partnerInstitutionIds', 'must not include the lead institution')
    : validationError('leadInstitutionId', 'must not be one of the partner institutions');
}

/** The institution ids a change names, to be checked against the local copy. */
export function namedInstitutions(changes: UpdateActivityInput): string[] {
  return [
    ...(changes.leadInstitutionId ? [changes.leadInstitutionId] : []),
    ...(changes.partnerInstitutionIds ?? []),
  ];
}

/**
 * The new indicator definitions, keeping the recorded values of every key that stays. Values only
 * move through approved reports and training events, never through a PATCH.
 */
export function mergeIndicators(
  current: readonly Indicator[],
  inputs: readonly IndicatorInput[],
): Indicator[] {
  const keys = inputs.map((i) => i.key);
  const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
  if (repeated) throw validationError('indicators', `key '${repeated}' appears twice`);
  const valuesByKey = new Map(current.map((i) => [i.key, i.values]));
  return inputs.map((input) => ({
    key: input.key,
    name: input.name,
    unit: input.unit,
    baseline: input.baseline,
    target: input.target,
    // An indicator in people trained counts trainings unless the coordinator says otherwise.
    countsPeopleTrained: input.countsPeopleTrained ?? input.unit === PEOPLE_TRAINED_UNIT,
    ...(input.audiences?.length ? { audiences: [...new Set(input.audiences)] } : {}),
    values: (valuesByKey.get(input.key) ?? []).map((v) => ({ ...v })),
  }));
}
