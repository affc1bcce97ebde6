import type { Page } from './pagination';
import type {
  CreateInstitutionInput,
  Institution,
  ListInstitutionsQuery,
  UpdateInstitutionInput,
} from './directory/institution';
import type { DeadLetterRpcContract, EventService } from './events/dead-letter';
import type { PlanRpc } from './plan/plan.rpc';
import type { ApiClientRpc } from './directory/api-client';

export interface ReadinessReport {
  service: string;
  ready: boolean;
  checks: Record<string, 'up' | 'down'>;
}

// Request/reply patterns: `<service>.<aggregate>.<verb>`. One entry per pattern, so the
// gateway's calls and the services' handlers agree on request and response types.
interface DirectoryRpc {
  'directory.health.ready': { request: Record<string, never>; response: ReadinessReport };
  'directory.institution.create': { request: CreateInstitutionInput; response: Institution };
  'directory.institution.get': { request: { id: string }; response: Institution };
  'directory.institution.list': { request: ListInstitutionsQuery; response: Page<Institution> };
  'directory.institution.update': {
    request: { id: string; changes: UpdateInstitutionInput; expectedVersion?: number };
    response: Institution;
  };
}

/** `<service>.dead-letter.list|replay|delete`, answered by every service that runs the event backbone. */
type DeadLetterRpc = {
  [K in keyof DeadLetterRpcContract as `${EventService}.dead-letter.${K}`]: DeadLetterRpcContract[K];
};

export type RpcContract = DirectoryRpc & ApiClientRpc & DeadLetterRpc & PlanRpc;
export type RpcPattern = keyof RpcContract;
export type RpcRequest<P extends RpcPattern> = RpcContract[P]['request'];
export type RpcResponse<P extends RpcPattern> = RpcContract[P]['response'];
