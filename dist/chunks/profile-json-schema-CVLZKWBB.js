import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  parseProfileJson,
  profileJsonSchema
} from "./chunk-5ADTBG4Z.js";
import "./chunk-MAUWGXOB.js";
import "./chunk-BC3EDHOV.js";
import "./chunk-CPENOXQZ.js";
import "./chunk-OGT6TC4Q.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-VJ4UBBLQ.js";
export {
  parseProfileJson,
  profileJsonSchema
};
