import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-XA76A74N.js";
import "./chunks/chunk-4GEQLTPQ.js";
import "./chunks/chunk-Z4MLWGS7.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-SPD5LU32.js";
import "./chunks/chunk-VXDEAKDI.js";
import "./chunks/chunk-VJ4UBBLQ.js";
