import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '@elo/contracts';

/**
 * The one page answer (`Page<T>` of the contracts) as an OpenAPI model of `item`:
 * `class InstitutionPageDto extends PageOf(InstitutionDto, 'This page of institutions') {}`.
 */
export function PageOf<T>(item: Type<T>, description: string): Type<Page<T>> {
  class PageDto implements Page<T> {
    @ApiProperty({ description, type: [item] })
    items!: T[];

    @ApiProperty({
      description: 'Cursor of the next page, or null on the last page',
      type: String,
      nullable: true,
    })
    nextCursor!: string | null;
  }
  return PageDto;
}
