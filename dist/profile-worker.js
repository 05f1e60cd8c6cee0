import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-YTB24NOL.js";
import "./chunks/chunk-VRDFWPVG.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-CYP3T5RP.js";
import "./chunks/chunk-VJ4UBBLQ.js";
