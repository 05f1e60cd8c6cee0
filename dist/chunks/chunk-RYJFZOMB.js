// package.json
var package_default = {
  name: "mlgate",
  version: "0.1.0",
  description: "GitHub Action that gates ML pull requests: data, model and infrastructure checks, the ML Test Score, one sticky PR comment, and a merge-blocking verdict.",
  type: "module",
  license: "MIT",
  private: true,
  engines: {
    node: ">=24"
  },
  bin: {
    mlgate: "dist/cli.js"
  },
  scripts: {
    bundle: "node scripts/bundle.ts",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    test: "tsc --noEmit && biome ci . && npm run layers && vitest run --coverage",
    bench: "node bench/run.ts",
    schema: "node scripts/write-json-schema.ts",
    wasm: "node scripts/write-wasm.ts",
    demo: "node dist/cli.js run --working-directory examples/penguins --config examples/penguins/mlgate.yml --out examples/penguins/mlgate-report.md --json examples/penguins/mlgate-report.json --quiet",
    all: "biome check --write . && npm run schema && npm run wasm && npm run readme && npm run bundle && npm test",
    readme: "node scripts/write-readme.ts",
    preview: "node scripts/preview.ts",
    coverage: "vitest run --coverage --coverage.reporter=text",
    "test:watch": "vitest",
    layers: "depcruise src --config .dependency-cruiser.cjs --output-type err"
  },
  dependencies: {
    "@actions/artifact": "6.2.1",
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "hast-util-raw": "9.2.1",
    "hast-util-sanitize": "5.0.2",
    "hast-util-to-html": "9.0.7",
    hyparquet: "1.31.5",
    "hyparquet-compressors": "1.1.2",
    jsep: "1.6.0",
    "markdown-table": "3.1.0",
    "mdast-util-from-markdown": "2.1.0",
    "mdast-util-gfm": "3.1.0",
    "mdast-util-to-hast": "13.2.2",
    "micromark-extension-gfm": "3.0.0",
    pg: "8.23.1",
    "simple-statistics": "7.12.1",
    "smol-toml": "1.9.1",
    yaml: "2.9.1",
    zod: "4.6.7"
  },
  devDependencies: {
    "@biomejs/biome": "2.6.8",
    "@duckdb/node-api": "1.5.6-r.1",
    "@electric-sql/pglite": "0.5.14",
    "@electric-sql/pglite-socket": "0.2.17",
    "@octokit/webhooks-examples": "7.6.1",
    "@types/hast": "3.0.5",
    "@types/mdast": "4.0.4",
    "@types/node": "24.19.2",
    "@types/pg": "8.23.1",
    "@vitest/coverage-v8": "5.1.2",
    "dependency-cruiser": "18.7.2",
    esbuild: "0.28.2",
    "github-markdown-css": "5.9.0",
    "hyparquet-writer": "0.17.0",
    marked: "18.2.1",
    node: "24.21.0",
    "node-sql-parser": "5.4.0",
    typescript: "5.9.3",
    "vega-datasets": "3.2.1",
    vite: "8.4.0",
    vitest: "5.1.2",
    wabt: "1.0.39"
  },
  allowScripts: {
    node: true,
    esbuild: true
  }
};

// src/model/version.ts
var mlgateVersion = package_default.version;

export {
  mlgateVersion
};
