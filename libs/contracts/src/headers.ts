// Headers carried on NATS request/reply and JetStream messages.
export const HEADER_CORRELATION_ID = 'x-correlation-id';
export const HEADER_CALLER = 'x-elo-caller';
/** The HTTP header clients may send; the gateway echoes it back. */
export const HTTP_REQUEST_ID_HEADER = 'x-request-id';
