import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-5VXOHREH.js";
import "./chunks/chunk-4GEQLTPQ.js";
import "./chunks/chunk-KXSKB3SF.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-NF2UJJ6K.js";
import "./chunks/chunk-IVUE6XYD.js";
import "./chunks/chunk-VJ4UBBLQ.js";
