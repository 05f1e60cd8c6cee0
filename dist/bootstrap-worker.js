const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import "./chunks/chunk-I3WL7ZGJ.js";
import "./chunks/chunk-PGQM5LDH.js";
import "./chunks/chunk-JMYTZ4ZB.js";
import "./chunks/chunk-D3YSBX2Z.js";
import "./chunks/chunk-FMCI64WJ.js";
import "./chunks/chunk-46GVS2KX.js";
import "./chunks/chunk-VJILS3EF.js";
