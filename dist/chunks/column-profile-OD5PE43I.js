const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  absentColumnProfile,
  assembleColumn,
  datetimeProfile,
  mergeColumnProfiles,
  profileScanColumn,
  profileTexts
} from "./chunk-KTF3627L.js";
import "./chunk-GRAWAFFK.js";
import "./chunk-IX7FLQQO.js";
import "./chunk-D7UV4PYW.js";
import "./chunk-LEWOSEQU.js";
import "./chunk-NOYB4UVF.js";
import "./chunk-VJILS3EF.js";
export {
  absentColumnProfile,
  assembleColumn,
  datetimeProfile,
  mergeColumnProfiles,
  profileScanColumn,
  profileTexts
};
