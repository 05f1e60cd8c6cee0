import {
  absentColumnProfile,
  assembleColumn,
  datetimeProfile,
  mergeColumnProfiles,
  profileScanColumn,
  profileTexts
} from "./chunk-PKRCA62O.js";
import "./chunk-6GNFB3I7.js";
import "./chunk-TRL5ZHBD.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-OHWQUL3S.js";
import "./chunk-7TG4ETRF.js";
import "./chunk-SEWDMQ6Q.js";
export {
  absentColumnProfile,
  assembleColumn,
  datetimeProfile,
  mergeColumnProfiles,
  profileScanColumn,
  profileTexts
};
