const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  querySource,
  remoteDataFile
} from "./chunk-Q33VMUJV.js";
import "./chunk-BWVBEDRL.js";
import "./chunk-HZZ4XPSC.js";
import "./chunk-VJILS3EF.js";
export {
  querySource,
  remoteDataFile
};
