import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-44WQLALK.js";
import "./chunks/chunk-VRDFWPVG.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-O3Y3NABL.js";
import "./chunks/chunk-VJ4UBBLQ.js";
