import "./chunk-ORE6RU56.js";
import {
  config
} from "./chunk-RDHU7DSY.js";
import "./chunk-SEWDMQ6Q.js";

// src/cli/zod-without-jit.ts
function useZodWithoutJit() {
  config({ jitless: true });
}
export {
  useZodWithoutJit
};
