// Every test runs in UTC so that dates never depend on the machine.
process.env.TZ = 'UTC';
require('reflect-metadata');
