import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isPlanDate } from '@elo/contracts';

export function IsPlanDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPlanDate',
      validator: {
        validate: (value: unknown) => isPlanDate(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'date'} must be a date (YYYY-MM-DD) between 2024-01-01 and 2028-12-31`,
      },
    },
    options,
  );
}

export const ACTIVITY_CODE = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;
export const ACTION_CODE = /^\d{1,3}\.\d{1,3}$/;
export const INSTITUTION_ID = /^[0-9a-f]{24}$/;
export const INDICATOR_KEY = /^[a-z0-9][a-z0-9_-]{0,49}$/;
