import type { Page } from '../pagination';
import { ALL_ROLES, defineRpc } from '../rpc/define-rpc';
import { healthRpc } from '../rpc/health.rpc';
import {
  clientCredentialsRequestSchema,
  clientStatusRequestSchema,
  createApiClientSchema,
  listApiClientsQuerySchema,
  revokeApiClientSchema,
  type ClientStatus,
  type StoredClientCredentials,
} from './api-client';
import type { ApiClient, CreatedApiClient, Institution } from './directory-views';
import {
  createInstitutionSchema,
  getInstitutionRequestSchema,
  listInstitutionsQuerySchema,
  updateInstitutionRequestSchema,
} from './institution';
import {
  changePasswordSchema,
  confirmTotpSchema,
  personRequestSchema,
  startTotpSchema,
  type TotpEnrolment,
} from './account';
import {
  acceptInvitationSchema,
  invitationRequestSchema,
  invitePersonSchema,
  listPeopleQuerySchema,
  type InvitationView,
  type IssuedInvitation,
  type Person,
} from './people';
import {
  openSessionSchema,
  sessionRequestSchema,
  type ClosedSessions,
  type ResolvedSession,
  type SessionView,
} from './session';

/** The directory's request/reply patterns. */
export const directoryRpc = {
  ...healthRpc('directory'),
  'directory.institution.create': defineRpc<Institution>()({
    request: createInstitutionSchema,
    access: { roles: ['admin'] },
    description: 'Registers an institution; DIRECTORY.ACRONYM_TAKEN when its acronym is in use.',
  }),
  'directory.institution.get': defineRpc<Institution>()({
    request: getInstitutionRequestSchema,
    access: { roles: ALL_ROLES },
    description: 'One institution; DIRECTORY.INSTITUTION_NOT_FOUND when unknown.',
  }),
  'directory.institution.list': defineRpc<Page<Institution>>()({
    request: listInstitutionsQuerySchema,
    access: { roles: ALL_ROLES },
    description: 'Institutions by kind, network and UF, in cursor pages.',
  }),
  'directory.institution.update': defineRpc<Institution>()({
    request: updateInstitutionRequestSchema,
    access: { roles: ['admin'] },
    description: 'Changes an institution, at `expectedVersion` when given.',
  }),
  'directory.client.create': defineRpc<CreatedApiClient>()({
    request: createApiClientSchema,
    access: { roles: ['admin'] },
    description: 'Issues an API client; the only answer that carries its secret.',
  }),
  'directory.client.list': defineRpc<Page<ApiClient>>()({
    request: listApiClientsQuerySchema,
    access: { roles: ['admin', 'agency'] },
    description: 'An institution’s API clients: admins, or an agency for its own institution.',
  }),
  'directory.client.revoke': defineRpc<ApiClient>()({
    request: revokeApiClientSchema,
    access: { roles: ['admin'] },
    description: 'Revokes a client of the institution; DIRECTORY.CLIENT_NOT_FOUND otherwise.',
  }),
  'directory.client.credentials': defineRpc<StoredClientCredentials>()({
    request: clientCredentialsRequestSchema,
    access: { internal: ['gateway'] },
    description:
      'A client’s keyed secret hash, status and identity, for the gateway to check a secret itself.',
  }),
  'directory.client.status': defineRpc<ClientStatus>()({
    request: clientStatusRequestSchema,
    access: { internal: ['gateway'] },
    description: 'Whether a client is active (the gateway’s revocation check).',
  }),
  'directory.person.invite': defineRpc<IssuedInvitation>()({
    request: invitePersonSchema,
    access: { roles: ['admin', 'coordinator'] },
    description:
      'Invites a person (a coordinator cannot invite an admin); inviting again someone who has not accepted yet replaces the link. DIRECTORY.EMAIL_TAKEN for an active account.',
  }),
  'directory.person.list': defineRpc<Page<Person>>()({
    request: listPeopleQuerySchema,
    access: { roles: ['admin', 'coordinator'] },
    description: 'People, in cursor pages (never their password hashes or TOTP secrets).',
  }),
  'directory.person.disable': defineRpc<Person>()({
    request: personRequestSchema,
    access: { roles: ['admin', 'coordinator'] },
    description:
      'Disables an active person and ends their sessions at once (a coordinator only for agency and viewer people; nobody for themselves). DIRECTORY.PERSON_NOT_FOUND, DIRECTORY.PERSON_NOT_ACTIVE for an invitation, DIRECTORY.LAST_ADMIN when no other admin would remain active.',
  }),
  'directory.person.enable': defineRpc<Person>()({
    request: personRequestSchema,
    access: { roles: ['admin', 'coordinator'] },
    description:
      'Enables a disabled person again, under the same rules as disabling; a running sign-in lock is cleared.',
  }),
  'directory.invitation.get': defineRpc<InvitationView>()({
    request: invitationRequestSchema,
    access: { internal: ['gateway'] },
    description:
      'What an invitation link shows, with the TOTP secret; DIRECTORY.INVITATION_NOT_FOUND when unknown, used or expired.',
  }),
  'directory.invitation.accept': defineRpc<{ personId: string }>()({
    request: acceptInvitationSchema,
    access: { internal: ['gateway'] },
    description: 'Sets the password (and the TOTP factor) and consumes the invitation.',
  }),
  'directory.session.open': defineRpc<SessionView>()({
    request: openSessionSchema,
    access: { internal: ['gateway'] },
    description:
      'Checks email, password and TOTP code (counting failures, locking the account) and opens a session under the given hash.',
  }),
  'directory.session.resolve': defineRpc<ResolvedSession>()({
    request: sessionRequestSchema,
    access: { internal: ['gateway'] },
    description:
      'The live session under this hash, its idle timer touched; found: false when none or expired.',
  }),
  'directory.session.close': defineRpc<ClosedSessions>()({
    request: sessionRequestSchema,
    access: { internal: ['gateway'] },
    description: 'Ends this session.',
  }),
  'directory.session.close-all': defineRpc<ClosedSessions>()({
    request: sessionRequestSchema,
    access: { internal: ['gateway'] },
    description: 'Ends every session of the person this session belongs to.',
  }),
  'directory.session.change-password': defineRpc<ClosedSessions>()({
    request: changePasswordSchema,
    access: { internal: ['gateway'] },
    description:
      'The person of this session changes their password (current password, and TOTP code when on); their other sessions end.',
  }),
  'directory.session.start-totp': defineRpc<TotpEnrolment>()({
    request: startTotpSchema,
    access: { internal: ['gateway'] },
    description:
      'The person of this session, without a second factor, gets a new TOTP secret (current password needed).',
  }),
  'directory.session.confirm-totp': defineRpc<{ totpEnabled: true }>()({
    request: confirmTotpSchema,
    access: { internal: ['gateway'] },
    description: 'Turns the second factor on with a current code of the secret from start-totp.',
  }),
} as const;
