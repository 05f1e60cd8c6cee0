import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  parseProfileJson,
  profileJsonSchema
} from "./chunk-IPD6NT2A.js";
import "./chunk-CPENOXQZ.js";
import "./chunk-7EKKCAPH.js";
import "./chunk-OGT6TC4Q.js";
import "./chunk-NXAI4H4I.js";
import "./chunk-BC3EDHOV.js";
import "./chunk-VJ4UBBLQ.js";
export {
  parseProfileJson,
  profileJsonSchema
};
