/**
 * zod compiles a fast parser for each object schema (`new Function`) the first time it parses
 * with it: worth it in a server that parses many documents, not in a command that parses one
 * config once (about 7% of the instructions of a small `mlgate run`). Each schema reads the
 * setting when it is built, so `mlgate run` calls this before run-command.ts and the config's
 * schemas load. A module of its own because `import('zod')` would keep every export of zod in
 * the bundle (its 60 locales among them), where `import * as z` keeps what is used.
 */
import * as z from 'zod';

export function useZodWithoutJit(): void {
  z.config({ jitless: true });
}
