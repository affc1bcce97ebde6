import { Controller } from '@nestjs/common';
import type { Caller, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcHandler } from '@elo/messaging';
import { AccountService } from './account.service';
import { PeopleService } from './people.service';
import { SessionService } from './session.service';

@Controller()
export class PeopleHandler {
  constructor(
    private readonly people: PeopleService,
    private readonly sessions: SessionService,
    private readonly accounts: AccountService,
  ) {}

  @RpcHandler('directory.person.invite')
  invite(
    input: RpcRequest<'directory.person.invite'>,
    caller: Caller,
  ): Promise<RpcResponse<'directory.person.invite'>> {
    return this.people.invite(input, caller);
  }

  @RpcHandler('directory.person.list')
  list(input: RpcRequest<'directory.person.list'>): Promise<RpcResponse<'directory.person.list'>> {
    return this.people.list(input);
  }

  @RpcHandler('directory.person.disable')
  disable(
    input: RpcRequest<'directory.person.disable'>,
    caller: Caller,
  ): Promise<RpcResponse<'directory.person.disable'>> {
    return this.people.disable(input, caller);
  }

  @RpcHandler('directory.person.enable')
  enable(
    input: RpcRequest<'directory.person.enable'>,
    caller: Caller,
  ): Promise<RpcResponse<'directory.person.enable'>> {
    return this.people.enable(input, caller);
  }

  // The rest are signed by the gateway only (catalog access): the public invitation and sign-in routes.
  @RpcHandler('directory.invitation.get')
  invitation(
    input: RpcRequest<'directory.invitation.get'>,
  ): Promise<RpcResponse<'directory.invitation.get'>> {
    return this.people.invitation(input);
  }

  @RpcHandler('directory.invitation.accept')
  accept(
    input: RpcRequest<'directory.invitation.accept'>,
  ): Promise<RpcResponse<'directory.invitation.accept'>> {
    return this.people.accept(input);
  }

  @RpcHandler('directory.session.open')
  open(input: RpcRequest<'directory.session.open'>): Promise<RpcResponse<'directory.session.open'>> {
    return this.sessions.open(input);
  }

  @RpcHandler('directory.session.resolve')
  resolve(input: RpcRequest<'directory.session.resolve'>): Promise<RpcResponse<'directory.session.resolve'>> {
    return this.sessions.resolve(input);
  }

  @RpcHandler('directory.session.close')
  close(input: RpcRequest<'directory.session.close'>): Promise<RpcResponse<'directory.session.close'>> {
    return this.sessions.close(input);
  }

  @RpcHandler('directory.session.close-all')
  closeAll(
    input: RpcRequest<'directory.session.close-all'>,
  ): Promise<RpcResponse<'directory.session.close-all'>> {
    return this.sessions.closeAll(input);
  }

  @RpcHandler('directory.session.change-password')
  changePassword(
    input: RpcRequest<'directory.session.change-password'>,
  ): Promise<RpcResponse<'directory.session.change-password'>> {
    return this.accounts.changePassword(input);
  }

  @RpcHandler('directory.session.start-totp')
  startTotp(
    input: RpcRequest<'directory.session.start-totp'>,
  ): Promise<RpcResponse<'directory.session.start-totp'>> {
    return this.accounts.startTotp(input);
  }

  @RpcHandler('directory.session.confirm-totp')
  confirmTotp(
    input: RpcRequest<'directory.session.confirm-totp'>,
  ): Promise<RpcResponse<'directory.session.confirm-totp'>> {
    return this.accounts.confirmTotp(input);
  }
}
