const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  parseProfileJson,
  profileJsonSchema
} from "./chunk-HBPAZFHZ.js";
import "./chunk-BTK4XDBP.js";
import "./chunk-O7TIBG3W.js";
import "./chunk-HZZ4XPSC.js";
import "./chunk-UVQHXZ4V.js";
import "./chunk-C3VZEOKK.js";
import "./chunk-VJILS3EF.js";
export {
  parseProfileJson,
  profileJsonSchema
};
