// Logs through createLogger's own stdout destination, as a service does: `exit` then exits at once;
// otherwise it stays alive (until killed) without logging anything more.
import { createLogger } from '../logger';

const logger = createLogger('fixture', 'info', undefined, 'json');
logger.info({ msg: 'first line', n: 1 });
logger.info({ msg: 'second line', n: 2 });
if (process.argv[2] === 'exit') process.exit(0);
setInterval(() => undefined, 60_000);
