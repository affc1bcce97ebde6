import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks headers for one attempt. During a rotation's grace both secrets sign, space-
 * separated, so a receiver still holding the old secret verifies as well as one holding the new.
 */
export function signedHeaders(
  webhookId: string,
  body: string,
  secrets: readonly string[],
  at: Date,
): Record<string, string> {
  const signatures = secrets.map((secret) => new Webhook(secret).sign(webhookId, at, body));
  return {
    'webhook-id': webhookId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
