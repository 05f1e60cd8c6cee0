const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import "./chunks/chunk-QHF3WZPV.js";
import "./chunks/chunk-PGQM5LDH.js";
import "./chunks/chunk-7ALSJLAB.js";
import "./chunks/chunk-D3YSBX2Z.js";
import "./chunks/chunk-Y2FUVHVK.js";
import "./chunks/chunk-DL2RDX4P.js";
import "./chunks/chunk-VJILS3EF.js";
