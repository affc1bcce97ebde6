import { DomainError, type TrainingStatus } from '@elo/contracts';

// planned → open → in_progress → completed, and cancelled from any status before completed.
const NEXT: Record<TrainingStatus, readonly TrainingStatus[]> = {
  planned: ['open', 'cancelled'],
  open: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canTransition(from: TrainingStatus, to: TrainingStatus): boolean {
  return NEXT[from].includes(to);
}

export function assertTransition(id: string, from: TrainingStatus, to: TrainingStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError(
      'TRAINING.INVALID_TRANSITION',
      `Course ${id} is ${from}; it can go to ${NEXT[from].join(', ') || 'nothing'}, not ${to}.`,
    );
  }
}
