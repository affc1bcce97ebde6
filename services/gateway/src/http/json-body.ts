import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DomainError } from '@elo/contracts';

/** Deeper than any request of this API, far below what recursive code can survive. */
export const MAX_JSON_DEPTH = 32;
/** Larger than any list a request may carry (at most 100 items), small enough to refuse at once. */
export const MAX_JSON_ARRAY_ITEMS = 1_000;

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const refuse = (detail: string) => new DomainError('COMMON.BAD_REQUEST', detail);

/**
 * Refuses JSON nested deeper than MAX_JSON_DEPTH or with an array of more than MAX_JSON_ARRAY_ITEMS
 * items, in one pass over the bytes before anything is parsed: validation and logging walk the
 * value recursively, and a body of a million brackets must be a 400, not a stack overflow (500).
 * Malformed JSON is left for the parser to refuse.
 */
export function assertJsonShape(body: Uint8Array): void {
  // Per open container: -1 for an object, else the commas seen so far in an array.
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    switch (byte) {
      case QUOTE:
        inString = true;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        open.push(byte === OPEN_OBJECT ? -1 : 0);
        if (open.length > MAX_JSON_DEPTH)
          throw refuse(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`);
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        open.pop();
        break;
      case COMMA: {
        const last = open.length - 1;
        const commas = open[last];
        if (commas === undefined || commas < 0) break;
        open[last] = commas + 1;
        if (commas + 1 >= MAX_JSON_ARRAY_ITEMS) {
          throw refuse(`A JSON array in the body has more than ${MAX_JSON_ARRAY_ITEMS} items.`);
        }
        break;
      }
      default:
        break;
    }
  }
}

/** The gateway's JSON body parser: the shape check, then Fastify's own (prototype-poisoning-safe) parser. */
export function registerJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    try {
      assertJsonShape(body);
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    // Fastify's parser is typed for its default server; the request is the same object.
    void parse(request as Parameters<typeof parse>[0], body.toString('utf8'), done);
  });
}
