import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BRAZILIAN_UFS,
  INSTITUTION_KINDS,
  NETWORKS,
  type Institution,
  type InstitutionKind,
  type Network,
  type Uf,
} from '@elo/contracts';
import { PageOf } from '../common/page.dto';

const KIND = { enum: INSTITUTION_KINDS, enumName: 'InstitutionKind' };
const NETWORK = { enum: NETWORKS, enumName: 'Network' };
const UF = { enum: BRAZILIAN_UFS, enumName: 'Uf' };

export class InstitutionDto implements Institution {
  @ApiProperty({ description: 'Institution id' }) id!: string;
  @ApiProperty({ description: 'Official name' }) name!: string;
  @ApiProperty({ description: 'Acronym' }) acronym!: string;
  @ApiProperty({ description: 'Kind of institution', ...KIND }) kind!: InstitutionKind;
  @ApiPropertyOptional({ description: 'CNPJ (14 digits, or 12 digits or letters then 2 digits)' })
  cnpj?: string;
  @ApiPropertyOptional({ description: 'Federative unit', ...UF }) uf?: Uf;
  @ApiPropertyOptional({ description: 'IBGE municipality code' }) municipalityCode?: string;
  @ApiProperty({ description: 'Networks it takes part in', isArray: true, ...NETWORK }) networks!: Network[];
  @ApiProperty({ description: 'Version, incremented on every change (optimistic concurrency)' })
  version!: number;
  @ApiProperty({ description: 'Creation time (ISO 8601, UTC)' }) createdAt!: string;
  @ApiProperty({ description: 'Last change (ISO 8601, UTC)' }) updatedAt!: string;
}

export class InstitutionPageDto extends PageOf(InstitutionDto, 'This page of institutions') {}
