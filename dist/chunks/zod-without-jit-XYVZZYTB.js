const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import "./chunk-WS26QUGR.js";
import {
  config
} from "./chunk-HZZ4XPSC.js";
import "./chunk-VJILS3EF.js";

// src/cli/zod-without-jit.ts
function useZodWithoutJit() {
  config({ jitless: true });
}
export {
  useZodWithoutJit
};
