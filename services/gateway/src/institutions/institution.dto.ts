import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import {
  BRAZILIAN_UFS,
  INSTITUTION_KINDS,
  NETWORKS,
  type CreateInstitutionInput,
  type Institution,
  type InstitutionKind,
  type Network,
  type Uf,
} from '@elo/contracts';
import { PageQueryDto } from '../common/pagination.dto';
import { IsCnpj, OptionalNotNull } from '../common/validators';

const KIND = { enum: INSTITUTION_KINDS, enumName: 'InstitutionKind' };
const NETWORK = { enum: NETWORKS, enumName: 'Network' };
const UF = { enum: BRAZILIAN_UFS, enumName: 'Uf' };

export class CreateInstitutionDto implements CreateInstitutionInput {
  @ApiProperty({
    description: 'Official name',
    example: 'Ministério da Justiça e Segurança Pública',
    maxLength: 200,
  })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({ description: 'Acronym, unique regardless of case', example: 'MJSP', maxLength: 30 })
  @IsString()
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N} .\-/&]{0,29}$/u, {
    message: 'acronym must be 1–30 letters, digits, spaces or . - / &',
  })
  acronym!: string;

  @ApiProperty({ description: 'Kind of institution', ...KIND })
  @IsIn(INSTITUTION_KINDS)
  kind!: InstitutionKind;

  @ApiPropertyOptional({
    description: 'CNPJ: 14 digits, no punctuation, valid check digits',
    example: '00394494000136',
  })
  @OptionalNotNull()
  @IsCnpj()
  cnpj?: string;

  @ApiPropertyOptional({ description: 'Federative unit (state) where it is based', ...UF })
  @OptionalNotNull()
  @IsIn(BRAZILIAN_UFS)
  uf?: Uf;

  @ApiPropertyOptional({ description: 'IBGE municipality code (7 digits)', example: '1400100' })
  @OptionalNotNull()
  @Matches(/^\d{7}$/, { message: 'municipalityCode must be a 7-digit IBGE code' })
  municipalityCode?: string;

  @ApiPropertyOptional({ description: 'Networks it takes part in', isArray: true, ...NETWORK })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(NETWORKS, { each: true })
  networks?: Network[];
}

// skipNullProperties: false, or PartialType's @IsOptional would let `null` through to the directory.
export class UpdateInstitutionDto extends PartialType(CreateInstitutionDto, { skipNullProperties: false }) {}

export class ListInstitutionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only institutions of this kind', ...KIND })
  @IsOptional()
  @IsIn(INSTITUTION_KINDS)
  kind?: InstitutionKind;

  @ApiPropertyOptional({ description: 'Only members of this network', ...NETWORK })
  @IsOptional()
  @IsIn(NETWORKS)
  network?: Network;

  @ApiPropertyOptional({ description: 'Only institutions based in this state', ...UF })
  @IsOptional()
  @IsIn(BRAZILIAN_UFS)
  uf?: Uf;
}

export class InstitutionDto implements Institution {
  @ApiProperty({ description: 'Institution id' }) id!: string;
  @ApiProperty({ description: 'Official name' }) name!: string;
  @ApiProperty({ description: 'Acronym' }) acronym!: string;
  @ApiProperty({ description: 'Kind of institution', ...KIND }) kind!: InstitutionKind;
  @ApiPropertyOptional({ description: 'CNPJ (14 digits)' }) cnpj?: string;
  @ApiPropertyOptional({ description: 'Federative unit', ...UF }) uf?: Uf;
  @ApiPropertyOptional({ description: 'IBGE municipality code' }) municipalityCode?: string;
  @ApiProperty({ description: 'Networks it takes part in', isArray: true, ...NETWORK }) networks!: Network[];
  @ApiProperty({ description: 'Version, incremented on every change (optimistic concurrency)' })
  version!: number;
  @ApiProperty({ description: 'Creation time (ISO 8601, UTC)' }) createdAt!: string;
  @ApiProperty({ description: 'Last change (ISO 8601, UTC)' }) updatedAt!: string;
}

export class InstitutionPageDto {
  @ApiProperty({ description: 'This page of institutions', type: [InstitutionDto] })
  items!: InstitutionDto[];

  @ApiProperty({
    description: 'Cursor of the next page, or null on the last page',
    type: String,
    nullable: true,
  })
  nextCursor!: string | null;
}
