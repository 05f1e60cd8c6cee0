import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  querySource,
  remoteDataFile
} from "./chunk-UWDH7MXS.js";
import "./chunk-7XHSFLLJ.js";
import "./chunk-UZIHLMSQ.js";
import "./chunk-OGT6TC4Q.js";
import "./chunk-VJ4UBBLQ.js";
export {
  querySource,
  remoteDataFile
};
