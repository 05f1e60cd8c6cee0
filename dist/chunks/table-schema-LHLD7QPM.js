const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  fieldTypes,
  parseTableSchema
} from "./chunk-XB7Z6Z6T.js";
import "./chunk-L3ZMXESE.js";
import "./chunk-O7TIBG3W.js";
import "./chunk-KEJZ3H34.js";
import "./chunk-HZZ4XPSC.js";
import "./chunk-UVQHXZ4V.js";
import "./chunk-LEWOSEQU.js";
import "./chunk-C3VZEOKK.js";
import "./chunk-VJILS3EF.js";
export {
  fieldTypes,
  parseTableSchema
};
