const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-P3EZUSE6.js";
import "./chunk-BSZO63BE.js";
import "./chunk-DNBKXN6W.js";
import "./chunk-WMNY6VA6.js";
import "./chunk-IX7FLQQO.js";
import "./chunk-5J5G4NCM.js";
import "./chunk-BWVBEDRL.js";
import "./chunk-W27TFICB.js";
import "./chunk-KU6AZDCK.js";
import "./chunk-DYRBEJOY.js";
import "./chunk-OS27MXHO.js";
import "./chunk-UVQHXZ4V.js";
import "./chunk-MLHKBNS7.js";
import "./chunk-L64TU7AB.js";
import "./chunk-D7UV4PYW.js";
import "./chunk-LEWOSEQU.js";
import "./chunk-5MHFUN37.js";
import "./chunk-IMYO3NHQ.js";
import "./chunk-NOYB4UVF.js";
import "./chunk-VJILS3EF.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
