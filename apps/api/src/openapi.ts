import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The OpenAPI document served at /docs-json and written by `npm run api:generate`, from which the
 * web client's types are generated: one builder, so both always describe the same api.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Hamkar API')
      .setDescription('Collaboration for industrial clusters: channels, joint procurement, suppliers, joint projects.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}
