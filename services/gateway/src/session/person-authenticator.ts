import { Injectable } from '@nestjs/common';
import type { SessionView, SignInInput } from '@elo/contracts';
import { RpcClient } from '@elo/messaging';

/**
 * How a person proves who they are, ending in a session opened under `sessionHash` (the SHA-256 of
 * the cookie's token, made by the gateway). Everything after it — the cookie, CSRF, the idle and
 * hard limits, sign-out everywhere, the caller `person:<id>` — is the same whatever the proof, so
 * the console's pages never depend on it.
 *
 * Today: email, password and TOTP, checked by the directory (`PasswordAuthenticator`). An OpenID
 * Connect issuer (gov.br) is another implementation: its routes (`GET /v1/session/oidc/<issuer>` to
 * redirect with PKCE and a state, and the callback) exchange the code, verify the ID token against
 * the issuer's keys, and ask the directory to open a session for the person linked to that issuer
 * and subject (a new `directory.session.open-federated` pattern), then set the same cookie.
 */
export interface PersonAuthenticator<Proof> {
  /** Which kind of proof this is, for logs and the session record. */
  readonly method: string;
  /** Opens a session under `sessionHash` when the proof holds; a coded DomainError otherwise. */
  authenticate(proof: Proof, sessionHash: string): Promise<SessionView>;
}

/**
 * Email, password and TOTP code: the directory checks them (argon2id hash, encrypted TOTP secret,
 * failure counter and temporary lock all live there), so the password crosses the bus once, to the
 * only service allowed to receive it (`directory.session.open` is internal to the gateway).
 */
@Injectable()
export class PasswordAuthenticator implements PersonAuthenticator<SignInInput> {
  readonly method = 'password';

  constructor(private readonly rpc: RpcClient) {}

  authenticate(proof: SignInInput, sessionHash: string): Promise<SessionView> {
    return this.rpc.send('directory.session.open', {
      email: proof.email,
      password: proof.password,
      ...(proof.totpCode ? { totpCode: proof.totpCode } : {}),
      sessionHash,
    });
  }
}
