import { Injectable, Logger } from '@nestjs/common';
import type { EloCloudEvent } from '@elo/contracts';
import { OnEvent } from '@elo/events';
import { addPeopleTrained, partnershipEvidence, trainingEvidence } from './event-evidence';
import { EvidenceRecorder } from './evidence.recorder';

/** Other services' work becomes evidence of the plan activities it names. */
@Injectable()
export class EvidenceEventsHandler {
  private readonly logger = new Logger('EvidenceEvents');

  constructor(private readonly recorder: EvidenceRecorder) {}

  @OnEvent('training.completed', { name: 'record-training-evidence' })
  async trainingCompleted(event: EloCloudEvent<'training.completed'>): Promise<void> {
    const { participants, completedAt } = event.data;
    const changed = await this.recorder.record(
      event,
      event.data.activityCodes,
      trainingEvidence(event),
      (indicators) => addPeopleTrained(indicators, participants, completedAt),
    );
    this.logger.log({ msg: 'training evidence recorded', eventId: event.id, activities: changed });
  }

  @OnEvent('partnership.signed', { name: 'record-partnership-evidence' })
  async partnershipSigned(event: EloCloudEvent<'partnership.signed'>): Promise<void> {
    const changed = await this.recorder.record(event, event.data.activityCodes, partnershipEvidence(event));
    this.logger.log({ msg: 'partnership evidence recorded', eventId: event.id, activities: changed });
  }
}
