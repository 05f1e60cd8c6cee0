import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  querySource,
  remoteDataFile
} from "./chunk-HA3AUWWG.js";
import "./chunk-CMWIPLAS.js";
import "./chunk-OGT6TC4Q.js";
import "./chunk-VJ4UBBLQ.js";
export {
  querySource,
  remoteDataFile
};
