/**
 * The part of the WebAssembly API mlgate uses, which neither TypeScript's
 * es2024 lib nor @types/node declares: compiling a module and instantiating
 * it, both synchronously (the modules are a kilobyte or so). Users: the CSV
 * fast lane (src/formats/csv-simple-records.ts) and the Smirnov distribution
 * (src/statistics/smirnov-two-sample-distribution.ts).
 */
export interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/** A module's memory, as its exports give it. */
export interface WebAssemblyMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

export const webAssembly = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
