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
