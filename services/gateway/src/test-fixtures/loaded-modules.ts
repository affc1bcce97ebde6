import { writeFileSync } from 'node:fs';

// Preloaded (`node -r`) into a real gateway process: on SIGUSR2 it writes every module file the process has
// loaded so far, so a test can look at the true module graph (jest's own registry would hide it).
const out = process.env['ELO_LOADED_MODULES_FILE'];
if (!out) throw new Error('ELO_LOADED_MODULES_FILE is required');
process.on('SIGUSR2', () => writeFileSync(out, JSON.stringify(Object.keys(require.cache))));
