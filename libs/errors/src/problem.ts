import type { ErrorCode, FieldError } from '@elo/contracts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://elo.gov.br/problems/';

/** RFC 9457 problem details, the one error body of the whole API. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  correlationId: string;
  errors?: FieldError[];
}

interface ProblemMapping {
  status: number;
  title: string;
}

/** The one place where error codes become HTTP statuses; exhaustive over ErrorCode. */
export function problemMapping(code: ErrorCode): ProblemMapping {
  switch (code) {
    case 'COMMON.VALIDATION':
      return { status: 400, title: 'The request is invalid' };
    case 'COMMON.BAD_REQUEST':
      return { status: 400, title: 'Bad request' };
    case 'COMMON.ROUTE_NOT_FOUND':
      return { status: 404, title: 'No such route' };
    case 'COMMON.METHOD_NOT_ALLOWED':
      return { status: 405, title: 'Method not allowed' };
    case 'COMMON.PAYLOAD_TOO_LARGE':
      return { status: 413, title: 'Payload too large' };
    case 'COMMON.UNSUPPORTED_MEDIA_TYPE':
      return { status: 415, title: 'Unsupported media type' };
    case 'COMMON.CONCURRENT_MODIFICATION':
      return { status: 409, title: 'The resource was changed concurrently' };
    case 'COMMON.PRECONDITION_FAILED':
      return { status: 412, title: 'The resource changed since the version you sent (If-Match)' };
    case 'COMMON.RATE_LIMITED':
      return { status: 429, title: 'Too many requests' };
    case 'COMMON.SERVICE_UNAVAILABLE':
      return { status: 503, title: 'A service is unavailable' };
    case 'COMMON.TIMEOUT':
      return { status: 504, title: 'A service did not answer in time' };
    case 'COMMON.INTERNAL':
      return { status: 500, title: 'Internal error' };
    case 'AUTH.UNAUTHENTICATED':
      return { status: 401, title: 'Authentication required' };
    case 'AUTH.INVALID_CLIENT':
      return { status: 401, title: 'Invalid client credentials' };
    case 'AUTH.UNSUPPORTED_GRANT_TYPE':
      return { status: 400, title: 'Unsupported grant type' };
    case 'AUTH.FORBIDDEN':
      return { status: 403, title: 'Forbidden' };
    case 'AUTH.INVALID_CREDENTIALS':
      return { status: 401, title: 'Wrong email, password or code' };
    case 'AUTH.TOTP_REQUIRED':
      return { status: 401, title: 'The code of the authenticator app is required' };
    case 'AUTH.ACCOUNT_LOCKED':
      // Only to a signed-in person changing their account: sign-in never tells (it would reveal the email).
      return { status: 423, title: 'Account temporarily locked after repeated failures' };
    case 'AUTH.CSRF':
      return { status: 403, title: 'Missing or wrong x-csrf-token header' };
    case 'DIRECTORY.INSTITUTION_NOT_FOUND':
      return { status: 404, title: 'Institution not found' };
    case 'DIRECTORY.ACRONYM_TAKEN':
      return { status: 409, title: 'Acronym already in use' };
    case 'DIRECTORY.CNPJ_TAKEN':
      return { status: 409, title: 'CNPJ already registered' };
    case 'DIRECTORY.INVALID_CNPJ':
      return { status: 400, title: 'Invalid CNPJ' };
    case 'DIRECTORY.CLIENT_NOT_FOUND':
      return { status: 404, title: 'API client not found' };
    case 'DIRECTORY.EMAIL_TAKEN':
      return { status: 409, title: 'A person with this email already has an account' };
    case 'DIRECTORY.INVITATION_NOT_FOUND':
      return { status: 404, title: 'Invitation unknown, already used or expired' };
    case 'DIRECTORY.WEAK_PASSWORD':
      return { status: 400, title: 'Password too short or too common' };
    case 'DIRECTORY.INVALID_TOTP':
      return { status: 400, title: 'Wrong code of the authenticator app' };
    case 'DIRECTORY.WRONG_PASSWORD':
      return { status: 400, title: 'The current password is wrong' };
    case 'DIRECTORY.TOTP_ALREADY_ENABLED':
      return { status: 409, title: 'The second factor is already on' };
    case 'DIRECTORY.PERSON_NOT_FOUND':
      return { status: 404, title: 'Person not found' };
    case 'DIRECTORY.PERSON_NOT_ACTIVE':
      return { status: 409, title: 'The person has not accepted the invitation yet' };
    case 'DIRECTORY.LAST_ADMIN':
      return { status: 409, title: 'The last active admin cannot be disabled' };
    case 'MESSAGING.DEAD_LETTER_NOT_FOUND':
      return { status: 404, title: 'Dead letter not found' };
    case 'MESSAGING.REPLAY_FAILED':
      return { status: 409, title: 'The replayed event failed again' };
    case 'PLAN.ACTIVITY_NOT_FOUND':
      return { status: 404, title: 'Activity not found' };
    case 'PLAN.REPORT_NOT_FOUND':
      return { status: 404, title: 'Progress report not found' };
    case 'PLAN.REPORT_NOT_PENDING':
      return { status: 409, title: 'The report was already decided' };
    case 'PLAN.UNKNOWN_INSTITUTION':
      return { status: 400, title: 'Unknown institution' };
    case 'PLAN.NOT_A_PARTICIPANT':
      return { status: 403, title: 'Not the lead or a partner of this activity' };
    case 'PLAN.INVALID_DATES':
      return { status: 400, title: 'Invalid dates' };
    case 'PLAN.UNKNOWN_INDICATOR':
      return { status: 400, title: 'Unknown indicator' };
    case 'TRAINING.EVENT_NOT_FOUND':
      return { status: 404, title: 'Training course not found' };
    case 'TRAINING.MODULE_NOT_FOUND':
      return { status: 404, title: 'Curriculum module not found' };
    case 'TRAINING.EXPERT_NOT_FOUND':
      return { status: 404, title: 'Expert not found' };
    case 'TRAINING.EXPERT_EMAIL_TAKEN':
      return { status: 409, title: 'An expert with this email is already listed' };
    case 'TRAINING.ENROLMENT_NOT_FOUND':
      return { status: 404, title: 'Enrolment not found' };
    case 'TRAINING.CERTIFICATE_NOT_FOUND':
      return { status: 404, title: 'Certificate not found' };
    case 'TRAINING.INVALID_TRANSITION':
      return { status: 409, title: 'The course cannot make this transition from its current status' };
    case 'TRAINING.ALREADY_ENROLLED':
      return { status: 409, title: 'This email is already enrolled in the course' };
    case 'TRAINING.ENROLMENT_CLOSED':
      return { status: 409, title: 'The course does not take enrolments in its current status' };
    case 'TRAINING.UNKNOWN_MUNICIPALITY':
      return { status: 400, title: 'Unknown IBGE municipality for this UF' };
    case 'TRAINING.UNKNOWN_REFERENCE':
      return { status: 400, title: 'Unknown institution, expert, module, partnership or plan activity' };
    case 'TRAINING.UNKNOWN_SESSION':
      return { status: 404, title: 'No such session in the course' };
    case 'TRAINING.IMPORT_INVALID':
      return { status: 400, title: 'The CSV has invalid rows; nothing was imported' };
    case 'TRAINING.NOT_ORGANISER':
      return { status: 403, title: 'Only the organising institution or a coordinator may do this' };
    case 'TRAINING.EVENT_CLOSED':
      return { status: 409, title: 'A completed or cancelled course does not change' };
    case 'TRAINING.CAPACITY_BELOW_ENROLLED':
      return { status: 409, title: 'Fewer seats than the people holding one' };
    case 'PARTNERSHIP.NOT_FOUND':
      return { status: 404, title: 'Agreement not found' };
    case 'PARTNERSHIP.COMMITMENT_NOT_FOUND':
      return { status: 404, title: 'Commitment not found' };
    case 'PARTNERSHIP.INVALID_TRANSITION':
      return { status: 409, title: 'The agreement cannot move to that status from its current one' };
    case 'PARTNERSHIP.NOT_READY':
      return { status: 409, title: 'The agreement lacks what that change needs' };
    case 'PARTNERSHIP.INVALID_DATES':
      return { status: 400, title: 'Invalid dates' };
    case 'PARTNERSHIP.INVALID_TERMS':
      return { status: 400, title: 'Invalid data-sharing terms' };
    case 'PARTNERSHIP.UNKNOWN_INSTITUTION':
      return { status: 400, title: 'Unknown institution' };
    case 'PARTNERSHIP.UNKNOWN_ACTIVITY':
      return { status: 400, title: 'Unknown plan activity' };
    case 'PARTNERSHIP.NOT_RESPONSIBLE':
      return { status: 403, title: 'Not the institution responsible for this commitment' };
    case 'PARTNERSHIP.ALREADY_RENEWED':
      return { status: 409, title: 'The agreement was already renewed' };
    case 'PARTNERSHIP.INVALID_NUP':
      return { status: 400, title: 'The NUP has wrong check digits' };
    case 'REFERRAL.CASE_NOT_FOUND':
      return { status: 404, title: 'Case not found' };
    case 'REFERRAL.NOT_FOUND':
      return { status: 404, title: 'Referral not found' };
    case 'REFERRAL.INVALID_TRANSITION':
      return { status: 409, title: 'The referral cannot make this transition from its current status' };
    case 'REFERRAL.LEGAL_BASIS_REQUIRED':
      return { status: 400, title: 'Without consent a legal basis from LGPD art. 11 II is required' };
    case 'REFERRAL.INVALID_CPF':
      return { status: 400, title: 'Invalid CPF' };
    case 'REFERRAL.UNKNOWN_INSTITUTION':
      return { status: 400, title: 'Unknown receiving institution' };
    case 'REFERRAL.NOT_SENDER':
      return { status: 403, title: 'Only the sending institution may do this' };
    case 'REFERRAL.NOT_RECEIVER':
      return { status: 403, title: 'Only the receiving institution may do this' };
    case 'REFERRAL.IDENTIFIERS_NOT_SHARED':
      return { status: 403, title: 'The sharing decision of this referral withholds the identifiers' };
    case 'REFERRAL.MASTER_KEY_MISSING':
      return { status: 503, title: 'The identifier master key is not configured' };
    case 'REFERRAL.CONSENT_NOT_GIVEN':
      return { status: 409, title: 'Only consent that was given can be withdrawn' };
    case 'REFERRAL.IDENTIFIERS_ERASED':
      return { status: 410, title: 'The case’s identifiers were erased at the end of its retention period' };
    case 'NOTIFICATION.ENDPOINT_NOT_FOUND':
      return { status: 404, title: 'Webhook endpoint not found' };
    case 'NOTIFICATION.MESSAGE_NOT_FOUND':
      return { status: 404, title: 'Webhook message not found' };
    case 'NOTIFICATION.URL_FORBIDDEN':
      return { status: 400, title: 'The endpoint URL is not allowed (scheme or address)' };
    default: {
      const unreachable: never = code;
      throw new Error(`Unmapped error code ${String(unreachable)}`);
    }
  }
}

export function problemType(code: ErrorCode): string {
  return PROBLEM_TYPE_BASE + code.toLowerCase().replace(/[._]/g, '-');
}

export function buildProblem(args: {
  code: ErrorCode;
  detail: string;
  instance: string;
  correlationId: string;
  errors?: FieldError[];
}): ProblemDetails {
  const { status, title } = problemMapping(args.code);
  return {
    type: problemType(args.code),
    title,
    status,
    detail: args.detail,
    instance: args.instance,
    code: args.code,
    correlationId: args.correlationId,
    ...(args.errors?.length ? { errors: args.errors } : {}),
  };
}
