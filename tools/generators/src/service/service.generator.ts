import { join } from 'node:path';
import { formatFiles, generateFiles, names, type Tree } from '@nx/devkit';
import { addToJsonArray, insertAt } from '../registry';

export interface ServiceOptions {
  name: string;
  port: number;
}

/** A backend service on the platform, registered in contracts, the stack, the gateway's health and compose. */
export default async function serviceGenerator(tree: Tree, options: ServiceOptions): Promise<void> {
  const { name, port } = options;
  if (tree.exists(`services/${name}`)) throw new Error(`services/${name} exists already`);
  const n = names(name);
  const vars = {
    name,
    port,
    className: n.className,
    propertyName: n.propertyName,
    constantName: n.constantName,
  };
  generateFiles(tree, join(__dirname, 'files'), '.', { ...vars, template: '' });

  insertAt(tree, 'libs/contracts/src/services.ts', '] as const;', `  '${name}',\n`, {
    unlessPresent: `'${name}'`,
  });
  insertAt(
    tree,
    'libs/contracts/src/rpc.ts',
    'import type { RpcDefinition }',
    `import { ${n.propertyName}Rpc } from './${name}/${name}.rpc';\n`,
  );
  insertAt(
    tree,
    'libs/contracts/src/rpc.ts',
    'export const RPC_CATALOG = {',
    `\n  ...${n.propertyName}Rpc,`,
    { after: true },
  );
  insertAt(tree, 'libs/contracts/src/index.ts', /$(?![\s\S])/, `export * from './${name}/${name}.rpc';\n`);
  insertAt(
    tree,
    'libs/stack/src/services.ts',
    /  \{\n    name: 'gateway',/,
    `  {
    name: '${name}',
    main: 'services/${name}/src/main.ts',
    defaultPort: ${port},
    env: (port) => ({ ${n.constantName}_HTTP_PORT: String(port) }),
    healthPath: '/health/ready',
  },\n`,
  );
  insertAt(
    tree,
    'services/gateway/src/health/health.controller.ts',
    '} as const satisfies Record<string, RpcPattern>;',
    `  '${name}': '${name}.health.ready',\n`,
  );
  addToCompose(tree, name, port);
  addToJsonArray(tree, 'test/project.json', 'implicitDependencies', name);
  await formatFiles(tree);
}

function addToCompose(tree: Tree, name: string, port: number): void {
  const path = 'docker-compose.yml';
  const seed = `${name.toUpperCase().replace(/-/g, '_')}_NATS_NKEY_SEED`;
  const build = `{ context: ., dockerfile: deploy/Dockerfile, args: { SERVICE: ${name}, HEALTH_PORT: '${port}', HEALTH_PATH: /health/ready } }`;
  insertAt(
    tree,
    path,
    /\n  gateway:\n/,
    `\n  ${name}:\n    <<: *service\n    image: elo/${name}:\${ELO_VERSION:-dev}\n    build: ${build}\n    environment: { <<: *env, NATS_NKEY_SEED: '\${${seed}:?}' }\n`,
    { unlessPresent: `\n  ${name}:\n` },
  );
  // The gateway starts once every service is healthy.
  insertAt(
    tree,
    path,
    /\n {6}notifications: \{ condition: service_healthy \}\n/,
    `      ${name}: { condition: service_healthy }\n`,
    {
      after: true,
      unlessPresent: `\n      ${name}: { condition: service_healthy }\n`,
    },
  );
  insertAt(tree, '.env.example', /\nNOTIFICATIONS_NATS_NKEY_SEED=\n/, `${seed}=\n`, {
    after: true,
    unlessPresent: `\n${seed}=\n`,
  });
}
