import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/profile/profile-types.ts
var profileFormat = "mlgate-profile";
var profileVersion = 1;

export {
  profileFormat,
  profileVersion
};
