import { join } from 'node:path';
import { formatFiles, generateFiles, names, type Tree } from '@nx/devkit';
import { addToJsonArray, insertAt, read } from '../registry';

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
  addToCompose(tree, name);
  addToJsonArray(tree, 'test/project.json', 'implicitDependencies', name);
  await formatFiles(tree);
}

function addToCompose(tree: Tree, name: string): void {
  const path = 'docker-compose.yml';
  insertAt(
    tree,
    path,
    /\n  gateway:\n/,
    `\n  ${name}:\n    <<: *service\n    build: { context: ., dockerfile: deploy/Dockerfile, args: { SERVICE: ${name} } }\n`,
    { unlessPresent: `\n  ${name}:\n` },
  );
  const compose = read(tree, path);
  const gatewayDeps = /(\n  gateway:\n(?:    .*\n)*?    depends_on: \[)([^\]]*)\]/.exec(compose);
  if (!gatewayDeps) throw new Error(`${path}: the gateway's depends_on list was not found`);
  const deps = gatewayDeps[2]?.split(',').map((d) => d.trim()) ?? [];
  if (deps.includes(name)) return;
  const updated = `${gatewayDeps[1]}${[...deps, name].join(', ')}]`;
  tree.write(path, compose.replace(gatewayDeps[0], updated));
}
