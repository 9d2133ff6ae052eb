// The repository's boundaries, checked by `pnpm lint` (each package's lint runs
// `depcruise` over its own folder with this configuration).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'apps-use-published-entries',
      comment:
        "An app uses a package through its published entries (e.g. '@csp/api/testing'), never its source: the source is the package's own business.",
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^packages/[^/]+/src/' },
    },
    {
      name: 'services-below-http-and-cli',
      comment:
        "The API's services (casework, views, imports, the database, duties, audit, auth, the read model) are used by http/, routes/ and cli/, never the other way round. auth/middleware.ts is Hono middleware kept beside the rules it applies; casework/refusal.ts answers refusals as problem+json until that mapping moves under http/ with the one error model (issue #13 item 2).",
      severity: 'error',
      from: {
        path: '^packages/api/src/(audit|auth|casework|db|duties|imports|read-model|views|schemas)/',
        pathNot: [
          '[.]test[.]ts$',
          '^packages/api/src/auth/middleware[.]ts$',
          '^packages/api/src/casework/refusal[.]ts$',
        ],
      },
      to: { path: '^packages/api/src/(http|cli|routes)/' },
    },
    {
      name: 'no-runtime-cycles',
      comment:
        'Modules that import each other at run time load in an order that depends on who came first.',
      severity: 'error',
      from: {},
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|build|\\.svelte-kit|node_modules|bench-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.svelte', '.json'],
    },
  },
}
