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

/** Partners unique and distinct from the lead (the stored lead when the change leaves it alone). */
export function assertParticipants(currentLead: string | undefined, changes: UpdateActivityInput): void {
  const lead =
    changes.leadInstitutionId === undefined ? currentLead : (changes.leadInstitutionId ?? undefined);
  const partners = changes.partnerInstitutionIds;
  if (!partners) {
    return;
  }
  if (new Set(partners).size !== partners.length)
    throw validationError('partnerInstitutionIds', 'must not repeat an id');
  if (lead && partners.includes(lead)) {
    throw validationError('partnerInstitutionIds', 'must not include the lead institution');
  }
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
