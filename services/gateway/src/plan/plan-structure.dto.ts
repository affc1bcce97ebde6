import { ApiProperty } from '@nestjs/swagger';
import type { PlanAction, PlanAxis } from '@elo/contracts';
import { PageOf } from '../common/page.dto';

export class AxisDto implements PlanAxis {
  @ApiProperty({ description: 'Axis number (1–5)', example: 2 }) number!: number;
  @ApiProperty({ description: 'Title (Portuguese)', example: 'Prevenção' }) title!: string;
  @ApiProperty({ description: 'What the axis covers (Portuguese)' }) description!: string;
}

export class AxesDto {
  @ApiProperty({ description: 'The plan’s five axes, in order', type: [AxisDto] })
  items!: AxisDto[];
}

export class ActionDto implements PlanAction {
  @ApiProperty({ description: 'Priority action code', example: '2.5' }) code!: string;
  @ApiProperty({ description: 'Axis number', example: 2 }) axis!: number;
  @ApiProperty({ description: 'Title (Portuguese)' }) title!: string;
}

export class ActionPageDto extends PageOf(ActionDto, 'This page of priority actions, in code order') {}
