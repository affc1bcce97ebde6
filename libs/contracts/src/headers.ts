// Headers carried on NATS request/reply and JetStream messages.
export const HEADER_CORRELATION_ID = 'x-correlation-id';
/** A signed caller assertion (EdDSA JWT): who asks, for whom, for which pattern; never plain JSON. */
export const HEADER_CALLER_ASSERTION = 'x-elo-caller-assertion';
/** The HTTP header clients may send; the gateway echoes it back. */
export const HTTP_REQUEST_ID_HEADER = 'x-request-id';
