import { join } from 'node:path';
import { formatFiles, generateFiles, names, type Tree } from '@nx/devkit';
import { aggregateNames, errorGroup } from '../names';
import { insertAt, read } from '../registry';

export interface AggregateOptions {
  name: string;
  service: string;
}

/**
 * An institution-owned aggregate in a service: contracts and catalog entries, an error code with its
 * HTTP status, schema, repository (scoped by institution), service, handler, module and an int-spec;
 * in the gateway, its controller (zod inputs and answers, roles, problems) with an int-spec of its own.
 */
export default async function aggregateGenerator(tree: Tree, options: AggregateOptions): Promise<void> {
  const { service } = options;
  const root = `services/${service}/src`;
  if (!tree.exists(root)) throw new Error(`${root} does not exist: generate the service first`);
  const n = aggregateNames(options.name);
  const s = names(service);
  const group = errorGroup(service);
  if (tree.exists(`${root}/${n.plural}`)) throw new Error(`${root}/${n.plural} exists already`);
  const controller = `services/gateway/src/${service}/${n.plural}.controller.ts`;
  if (tree.exists(controller)) throw new Error(`${controller} exists already`);
  const vars = {
    ...n,
    service,
    pluralClassName: names(n.plural).className,
    serviceClassName: s.className,
    servicePropertyName: s.propertyName,
    serviceConstantName: s.constantName,
    errorPrefix: group.prefix,
  };
  generateFiles(tree, join(__dirname, 'files'), '.', { ...vars, template: '' });

  registerContracts(tree, service, s.propertyName, n);
  registerErrorCode(tree, group, `${group.prefix}.${n.constantName}_NOT_FOUND`, n.constantName, n.fileName);
  insertAt(
    tree,
    `${root}/app.module.ts`,
    /\n@Module/,
    `import { ${vars.pluralClassName}Module } from './${n.plural}/${n.plural}.module';\n`,
    {
      unlessPresent: `${vars.pluralClassName}Module }`,
    },
  );
  // The service module's `imports: [...]` ends right before its `controllers`.
  insertAt(
    tree,
    `${root}/app.module.ts`,
    /\n\s*\],\n\s*controllers:/,
    `\n        ${vars.pluralClassName}Module,`,
  );
  registerController(tree, service, n.plural, `${vars.pluralClassName}Controller`);
  await formatFiles(tree);
}

function registerController(tree: Tree, service: string, plural: string, className: string): void {
  const module = 'services/gateway/src/app.module.ts';
  insertAt(tree, module, /\n@Module/, `import { ${className} } from './${service}/${plural}.controller';\n`, {
    unlessPresent: `{ ${className} }`,
  });
  insertAt(tree, module, /\n\s*controllers: \[\n/, `        ${className},\n`, { after: true });
}

function registerContracts(
  tree: Tree,
  service: string,
  serviceProp: string,
  n: ReturnType<typeof aggregateNames>,
): void {
  const rpcFile = `libs/contracts/src/${service}/${service}.rpc.ts`;
  const base = `${service}.${n.fileName}`;
  insertAt(
    tree,
    rpcFile,
    /^/,
    `import type { Page } from '../pagination';\nimport { ALL_ROLES, defineRpc } from '../rpc/define-rpc';\n`,
    { unlessPresent: "from '../rpc/define-rpc'" },
  );
  insertAt(
    tree,
    rpcFile,
    /^/,
    `import { create${n.className}Schema, list${n.className}QuerySchema, ${n.propertyName}RefSchema, type ${n.className} } from './${n.fileName}';\n`,
  );
  insertAt(
    tree,
    rpcFile,
    `} as const;`,
    `  '${base}.create': defineRpc<${n.className}>()({
    request: create${n.className}Schema,
    access: { roles: ['coordinator', 'agency'] },
    description: 'Creates a ${n.fileName} owned by the caller’s institution.',
  }),
  '${base}.get': defineRpc<${n.className}>()({
    request: ${n.propertyName}RefSchema,
    access: { roles: ALL_ROLES },
    description: 'One ${n.fileName} of the caller’s institution.',
  }),
  '${base}.list': defineRpc<Page<${n.className}>>()({
    request: list${n.className}QuerySchema,
    access: { roles: ALL_ROLES },
    description: 'The caller’s institution’s ${n.plural}, in cursor pages.',
  }),
`,
  );
  insertAt(
    tree,
    'libs/contracts/src/index.ts',
    /$(?![\s\S])/,
    `export * from './${service}/${n.fileName}';\n`,
  );
  if (!read(tree, rpcFile).includes(`${serviceProp}Rpc`))
    throw new Error(`${rpcFile} does not define ${serviceProp}Rpc`);
}

function registerErrorCode(
  tree: Tree,
  group: { prefix: string; constName: string },
  code: string,
  constant: string,
  fileName: string,
): void {
  const codes = 'libs/contracts/src/errors/error-codes.ts';
  const entry = `  ${constant}_NOT_FOUND: '${code}',\n`;
  if (read(tree, codes).includes(`export const ${group.constName} = {`)) {
    insertAt(tree, codes, `export const ${group.constName} = {\n`, entry, { after: true });
  } else {
    insertAt(tree, codes, 'type ValueOf<T>', `export const ${group.constName} = {\n${entry}} as const;\n\n`);
    insertAt(tree, codes, /export type ErrorCode =\n/, `  | ValueOf<typeof ${group.constName}>\n`, {
      after: true,
    });
    insertAt(tree, codes, /new Set<string>\(\[\n/, `  ...Object.values(${group.constName}),\n`, {
      after: true,
    });
  }
  insertAt(
    tree,
    'libs/errors/src/problem.ts',
    /    default: \{\n      const unreachable: never = code;/,
    `    case '${code}':\n      return { status: 404, title: '${fileName} not found' };\n`,
  );
}
