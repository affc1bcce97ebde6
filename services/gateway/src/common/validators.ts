import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
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

/** Optional, but `null` is refused (unlike @IsOptional, which lets null through to the service). */
export const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

/** Optional, and `null` means "clear it". */
export const Clearable = () => ValidateIf((_object, value) => value !== undefined && value !== null);
