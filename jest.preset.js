// Shared jest settings: SWC for TypeScript, and for the ESM-only packages (Nest 12, jose…)
// that jest's CommonJS runtime cannot load untransformed.
const fs = require('node:fs');
const path = require('node:path');

const root = __dirname;
const tsconfig = require('./tsconfig.base.json');

function esmPackages() {
  const nm = path.join(root, 'node_modules');
  const names = [];
  for (const entry of fs.readdirSync(nm)) {
    const dirs = entry.startsWith('@')
      ? fs.readdirSync(path.join(nm, entry)).map((d) => `${entry}/${d}`)
      : [entry];
    for (const name of dirs) {
      try {
        const pkg = JSON.parse(fs.readFileSync(path.join(nm, name, 'package.json'), 'utf8'));
        if (pkg.type === 'module') names.push(name);
      } catch {
        // not a package folder
      }
    }
  }
  return names;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const esm = esmPackages().map(escape).join('|');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
  moduleNameMapper[`^${escape(alias)}$`] = path.join(root, target);
}

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// The console's JSX, with React's automatic runtime.
const swcTsx = {
  ...swc,
  jsc: {
    ...swc.jsc,
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
  },
};

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    '^.+\\.tsx$': ['@swc/jest', swcTsx],
    '^.+\\.m?js$': ['@swc/jest', { ...swc, jsc: { ...swc.jsc, parser: { syntax: 'ecmascript' } } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esm})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper,
  globalSetup: path.join(root, 'tools/jest/global-setup.js'),
  setupFiles: [path.join(root, 'tools/jest/setup-env.js')],
};
