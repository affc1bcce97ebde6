// Docker HEALTHCHECK: healthy only while the service's readiness endpoint answers 2xx.
// The port and path come from the image's HEALTH_PORT / HEALTH_PATH (see deploy/Dockerfile).
const port = process.env.HEALTH_PORT ?? '3000';
const path = process.env.HEALTH_PATH ?? '/health/ready';

fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2500) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
