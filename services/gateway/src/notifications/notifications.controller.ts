import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  attemptPageSchema,
  createEndpointSchema,
  endpointPageSchema,
  endpointSchema,
  endpointWithSecretSchema,
  idSchema,
  listAttemptsQuerySchema,
  listEndpointsQuerySchema,
  listMessagesQuerySchema,
  messagePageSchema,
  messageSchema,
  recoverInputSchema,
  recoverResultSchema,
  updateEndpointSchema,
  type CreateEndpointInput,
  type EndpointWithSecret,
  type NotificationAttempt,
  type NotificationEndpoint,
  type NotificationMessage,
  type Page,
  type UpdateEndpointInput,
} from '@elo/contracts';
import { RpcClient } from '@elo/messaging';
import { Roles } from '../auth/access.decorators';
import { ApiProblems } from '../common/problem.dto';
import { ZodBody, ZodParams, ZodQuery } from '../openapi/zod-http';
import { ApiZodCreated, ApiZodOk } from '../openapi/zod-openapi';

const endpointRef = z.strictObject({ id: idSchema.meta({ description: 'Endpoint id' }) });
const messageRef = endpointRef.extend({ messageId: idSchema.meta({ description: 'Message id' }) });

// Agencies manage their institution's endpoints; coordinators their own and read every one. The
// service answers 404 for anything else.
const MANAGERS = ['agency', 'coordinator'] as const;

@ApiTags('notifications')
@Controller('v1/notifications/endpoints')
export class NotificationsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles(...MANAGERS)
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a webhook endpoint; its whsec_ secret is in this answer only' })
  @ApiZodCreated(endpointWithSecretSchema, 'The endpoint and its secret (shown once)')
  @ApiProblems(400, 401, 403)
  create(
    @ZodBody('CreateEndpointInput', createEndpointSchema) body: CreateEndpointInput,
  ): Promise<EndpointWithSecret> {
    return this.rpc.send('notifications.endpoint.create', body);
  }

  @Get()
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Your institution’s endpoints (coordinators: every institution’s), paged' })
  @ApiZodOk(endpointPageSchema)
  @ApiProblems(400, 401, 403)
  list(
    @ZodQuery(listEndpointsQuerySchema) query: z.infer<typeof listEndpointsQuerySchema>,
  ): Promise<Page<NotificationEndpoint>> {
    return this.rpc.send('notifications.endpoint.list', query);
  }

  @Get(':id')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'One endpoint' })
  @ApiZodOk(endpointSchema)
  @ApiProblems(400, 401, 403, 404)
  get(@ZodParams(endpointRef) { id }: { id: string }): Promise<NotificationEndpoint> {
    return this.rpc.send('notifications.endpoint.get', { id });
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Change the URL, description, event types or enabled flag' })
  @ApiZodOk(endpointSchema)
  @ApiProblems(400, 401, 403, 404, 409)
  update(
    @ZodParams(endpointRef) { id }: { id: string },
    @ZodBody('UpdateEndpointInput', updateEndpointSchema) changes: UpdateEndpointInput,
  ): Promise<NotificationEndpoint> {
    return this.rpc.send('notifications.endpoint.update', { id, changes });
  }

  @Post(':id/secret/rotate')
  @Roles(...MANAGERS)
  @HttpCode(200)
  @ApiOperation({ summary: 'A new secret (shown once); the old one keeps signing beside it for 24 hours' })
  @ApiZodOk(endpointWithSecretSchema)
  @ApiProblems(400, 401, 403, 404)
  rotate(@ZodParams(endpointRef) { id }: { id: string }): Promise<EndpointWithSecret> {
    return this.rpc.send('notifications.endpoint.rotate-secret', { id });
  }

  @Post(':id/test')
  @Roles(...MANAGERS)
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a notification.test message to the endpoint' })
  @ApiZodOk(messageSchema)
  @ApiProblems(400, 401, 403, 404)
  test(@ZodParams(endpointRef) { id }: { id: string }): Promise<NotificationMessage> {
    return this.rpc.send('notifications.endpoint.test', { id });
  }

  @Get(':id/messages')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'The endpoint’s messages, oldest first, cursor-paged' })
  @ApiZodOk(messagePageSchema)
  @ApiProblems(400, 401, 403, 404)
  messages(
    @ZodParams(endpointRef) { id }: { id: string },
    @ZodQuery(listMessagesQuerySchema) query: z.infer<typeof listMessagesQuerySchema>,
  ): Promise<Page<NotificationMessage>> {
    return this.rpc.send('notifications.message.list', { ...query, id });
  }

  @Get(':id/attempts')
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'The delivery log: time, status, duration and start of each answer, cursor-paged',
  })
  @ApiZodOk(attemptPageSchema)
  @ApiProblems(400, 401, 403, 404)
  attempts(
    @ZodParams(endpointRef) { id }: { id: string },
    @ZodQuery(listAttemptsQuerySchema) query: z.infer<typeof listAttemptsQuerySchema>,
  ): Promise<Page<NotificationAttempt>> {
    return this.rpc.send('notifications.attempt.list', { ...query, id });
  }

  @Post(':id/messages/:messageId/replay')
  @Roles(...MANAGERS)
  @HttpCode(202)
  @ApiOperation({ summary: 'Send one message again (same webhook-id)' })
  @ApiZodOk(messageSchema)
  @ApiProblems(400, 401, 403, 404)
  replay(
    @ZodParams(messageRef) { id, messageId }: { id: string; messageId: string },
  ): Promise<NotificationMessage> {
    return this.rpc.send('notifications.message.replay', { id, messageId });
  }

  @Post(':id/recover')
  @Roles(...MANAGERS)
  @HttpCode(202)
  @ApiOperation({ summary: 'Resend every message of the endpoint that failed since a date' })
  @ApiZodOk(recoverResultSchema)
  @ApiProblems(400, 401, 403, 404)
  recover(
    @ZodParams(endpointRef) { id }: { id: string },
    @ZodBody('RecoverInput', recoverInputSchema) body: z.infer<typeof recoverInputSchema>,
  ): Promise<{ resent: number }> {
    return this.rpc.send('notifications.endpoint.recover', { id, since: body.since });
  }
}
