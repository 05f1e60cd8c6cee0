import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-6E5TESX6.js";
import "./chunks/chunk-VRDFWPVG.js";
import "./chunks/chunk-SDXA4YXT.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-6JAAWP4U.js";
import "./chunks/chunk-VJ4UBBLQ.js";
