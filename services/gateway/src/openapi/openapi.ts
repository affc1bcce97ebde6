import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemDto } from '../common/problem.dto';
import { SESSION_COOKIE } from '@elo/contracts';
import { BEARER_SCHEME, SESSION_SCHEME } from '../auth/access.decorators';
import { documentRoles } from '../auth/openapi-roles';
import { zodComponents } from './zod-http';

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Elo API')
    .setDescription(
      'Coordination platform of the Brazilian network against trafficking in persons (IV Plano Nacional ' +
        'de Enfrentamento ao Tráfico de Pessoas, 2024–2028). Errors are RFC 9457 application/problem+json. ' +
        'The domain events between services are described by the AsyncAPI document at /docs/asyncapi.json.',
    )
    .setVersion('1.0.0')
    .addServer('/')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'A token from POST /v1/auth/token',
      },
      BEARER_SCHEME,
    )
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: "A person's session from POST /v1/session; changes also need the x-csrf-token header",
      },
      SESSION_SCHEME,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto] });
  // Request bodies come from the contracts' zod schemas (see zod-http.ts).
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, ...zodComponents() };
  return documentRoles(document);
}

/** Swagger UI at /docs and the raw document at /docs/openapi.json. */
export function mountOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    customSiteTitle: 'Elo API',
  });
}
