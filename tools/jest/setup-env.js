// Every test runs in UTC so that dates never depend on the machine.
process.env.TZ = 'UTC';
require('reflect-metadata');

// Services answer only requests signed with a trusted key (libs/messaging/src/trust): give the test
// process a development gateway key, as `npm start` does, unless the test set its own.
if (!process.env.ELO_RPC_TRUSTED_KEYS) {
  const { generateKeyPairSync, randomBytes } = require('node:crypto');
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const kid = `gateway:dev-test-${randomBytes(4).toString('hex')}`;
  const jwk = (key) => ({ ...key.export({ format: 'jwk' }), kid, alg: 'EdDSA' });
  process.env.ELO_RPC_SIGNING_KEY = JSON.stringify(jwk(privateKey));
  process.env.ELO_RPC_TRUSTED_KEYS = JSON.stringify([jwk(publicKey)]);
}

// Client secrets are hashed with a key the gateway and the directory share (ELO_CLIENT_SECRET_KEY).
if (!process.env.ELO_CLIENT_SECRET_KEY && !process.env.ELO_CLIENT_SECRET_KEY_FILE) {
  process.env.ELO_CLIENT_SECRET_KEY = require('node:crypto').randomBytes(32).toString('base64');
}
