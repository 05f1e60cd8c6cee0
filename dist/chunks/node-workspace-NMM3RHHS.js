const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  WorkspacePathError,
  nodeWorkspace
} from "./chunk-XCCGULIY.js";
import "./chunk-OQ5KNUCD.js";
import "./chunk-DNBKXN6W.js";
import "./chunk-MBL7JVAE.js";
import "./chunk-IX7FLQQO.js";
import "./chunk-5J5G4NCM.js";
import "./chunk-BWVBEDRL.js";
import "./chunk-LWNV6TZL.js";
import "./chunk-KU6AZDCK.js";
import "./chunk-T7ZRWJKP.js";
import "./chunk-OS27MXHO.js";
import "./chunk-UVQHXZ4V.js";
import "./chunk-MLHKBNS7.js";
import "./chunk-A4QVBLL3.js";
import "./chunk-D7UV4PYW.js";
import "./chunk-LEWOSEQU.js";
import "./chunk-5MHFUN37.js";
import "./chunk-FMCI64WJ.js";
import "./chunk-46GVS2KX.js";
import "./chunk-VJILS3EF.js";
export {
  WorkspacePathError,
  nodeWorkspace
};
