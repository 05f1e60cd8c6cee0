const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  sqlConnectionPool
} from "./chunk-DNBKXN6W.js";
import "./chunk-VJILS3EF.js";
export {
  sqlConnectionPool
};
