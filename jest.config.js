// One jest run over every project: unit specs, integration specs and cross-service tests.
const preset = require('./jest.preset.js');

module.exports = {
  ...preset,
  rootDir: '.',
  testMatch: [
    '<rootDir>/{libs,services,test,tools}/**/*.{spec,int-spec,e2e-spec}.ts',
    // The console's component tests (jsdom, declared per file).
    '<rootDir>/services/console/**/*.spec.tsx',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/test/bench/'],
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tools/jest/summary-reporter.js'],
};
