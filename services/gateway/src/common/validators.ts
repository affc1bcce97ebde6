import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidCnpj } from '@elo/contracts';

export function IsCnpj(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCnpj',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidCnpj(value),
        defaultMessage: () => 'cnpj must be 14 digits with valid check digits',
      },
    },
    options,
  );
}
