// Every error code the system can return. Each module owns its group; the gateway maps the
// union to HTTP statuses in one exhaustive switch (libs/errors).
export const CommonErrors = {
  VALIDATION: 'COMMON.VALIDATION',
  BAD_REQUEST: 'COMMON.BAD_REQUEST',
  ROUTE_NOT_FOUND: 'COMMON.ROUTE_NOT_FOUND',
  METHOD_NOT_ALLOWED: 'COMMON.METHOD_NOT_ALLOWED',
  PAYLOAD_TOO_LARGE: 'COMMON.PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'COMMON.UNSUPPORTED_MEDIA_TYPE',
  CONCURRENT_MODIFICATION: 'COMMON.CONCURRENT_MODIFICATION',
  // The caller's expected version (If-Match) is not the current one: 412, unlike a lost retry loop (409).
  PRECONDITION_FAILED: 'COMMON.PRECONDITION_FAILED',
  RATE_LIMITED: 'COMMON.RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'COMMON.SERVICE_UNAVAILABLE',
  TIMEOUT: 'COMMON.TIMEOUT',
  INTERNAL: 'COMMON.INTERNAL',
} as const;

export const AuthErrors = {
  UNAUTHENTICATED: 'AUTH.UNAUTHENTICATED',
  INVALID_CLIENT: 'AUTH.INVALID_CLIENT',
  UNSUPPORTED_GRANT_TYPE: 'AUTH.UNSUPPORTED_GRANT_TYPE',
  FORBIDDEN: 'AUTH.FORBIDDEN',
} as const;

export const DirectoryErrors = {
  INSTITUTION_NOT_FOUND: 'DIRECTORY.INSTITUTION_NOT_FOUND',
  ACRONYM_TAKEN: 'DIRECTORY.ACRONYM_TAKEN',
  CNPJ_TAKEN: 'DIRECTORY.CNPJ_TAKEN',
  INVALID_CNPJ: 'DIRECTORY.INVALID_CNPJ',
  CLIENT_NOT_FOUND: 'DIRECTORY.CLIENT_NOT_FOUND',
} as const;

export const MessagingErrors = {
  DEAD_LETTER_NOT_FOUND: 'MESSAGING.DEAD_LETTER_NOT_FOUND',
  REPLAY_FAILED: 'MESSAGING.REPLAY_FAILED',
} as const;

export const PlanErrors = {
  ACTIVITY_NOT_FOUND: 'PLAN.ACTIVITY_NOT_FOUND',
  REPORT_NOT_FOUND: 'PLAN.REPORT_NOT_FOUND',
  REPORT_NOT_PENDING: 'PLAN.REPORT_NOT_PENDING',
  UNKNOWN_INSTITUTION: 'PLAN.UNKNOWN_INSTITUTION',
  NOT_A_PARTICIPANT: 'PLAN.NOT_A_PARTICIPANT',
  INVALID_DATES: 'PLAN.INVALID_DATES',
  UNKNOWN_INDICATOR: 'PLAN.UNKNOWN_INDICATOR',
} as const;

export const PartnershipErrors = {
  NOT_FOUND: 'PARTNERSHIP.NOT_FOUND',
  COMMITMENT_NOT_FOUND: 'PARTNERSHIP.COMMITMENT_NOT_FOUND',
  INVALID_TRANSITION: 'PARTNERSHIP.INVALID_TRANSITION',
  NOT_READY: 'PARTNERSHIP.NOT_READY',
  INVALID_DATES: 'PARTNERSHIP.INVALID_DATES',
  INVALID_TERMS: 'PARTNERSHIP.INVALID_TERMS',
  UNKNOWN_INSTITUTION: 'PARTNERSHIP.UNKNOWN_INSTITUTION',
  UNKNOWN_ACTIVITY: 'PARTNERSHIP.UNKNOWN_ACTIVITY',
  NOT_RESPONSIBLE: 'PARTNERSHIP.NOT_RESPONSIBLE',
  ALREADY_RENEWED: 'PARTNERSHIP.ALREADY_RENEWED',
} as const;

type ValueOf<T> = T[keyof T];

export type ErrorCode =
  | ValueOf<typeof CommonErrors>
  | ValueOf<typeof AuthErrors>
  | ValueOf<typeof DirectoryErrors>
  | ValueOf<typeof MessagingErrors>
  | ValueOf<typeof PlanErrors>
  | ValueOf<typeof PartnershipErrors>;

const ALL_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(CommonErrors),
  ...Object.values(AuthErrors),
  ...Object.values(DirectoryErrors),
  ...Object.values(MessagingErrors),
  ...Object.values(PlanErrors),
  ...Object.values(PartnershipErrors),
]);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && ALL_CODES.has(value);
}
