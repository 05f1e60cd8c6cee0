const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  querySource,
  remoteDataFile
} from "./chunk-F6W75WQV.js";
import "./chunk-BWVBEDRL.js";
import "./chunk-JQRXP7TU.js";
import "./chunk-VJILS3EF.js";
export {
  querySource,
  remoteDataFile
};
