import { Controller } from '@nestjs/common';
import type { Caller, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { AttendanceService } from './attendance.service';
import { EnrolmentService } from './enrolment.service';
import { ImportService } from './import.service';

@Controller()
export class EnrolmentHandler {
  constructor(
    private readonly enrolments: EnrolmentService,
    private readonly imports: ImportService,
    private readonly attendance: AttendanceService,
  ) {}

  @RpcHandler('training.enrolment.create')
  create(
    input: RpcRequest<'training.enrolment.create'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.enrolment.create'>> {
    return this.enrolments.enrol(input.eventId, input.participant, caller);
  }

  @RpcHandler('training.enrolment.cancel')
  cancel(
    input: RpcRequest<'training.enrolment.cancel'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.enrolment.cancel'>> {
    return this.enrolments.cancel(input.eventId, input.enrolmentId, caller);
  }

  @RpcHandler('training.enrolment.list')
  list(
    input: RpcRequest<'training.enrolment.list'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.enrolment.list'>> {
    return this.enrolments.list(input, caller);
  }

  @RpcHandler('training.enrolment.import')
  import(
    input: RpcRequest<'training.enrolment.import'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.enrolment.import'>> {
    return this.imports.import(input.eventId, input.csv, caller);
  }

  @RpcHandler('training.attendance.record')
  record(
    input: RpcRequest<'training.attendance.record'>,
    caller: Caller,
  ): Promise<RpcResponse<'training.attendance.record'>> {
    return this.attendance.record(input.eventId, input.sessionId, input.presentEnrolmentIds, caller);
  }
}
