import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunks/chunk-7R5FAMUK.js";
import "./chunks/chunk-4GEQLTPQ.js";
import "./chunks/chunk-AXP6BVMM.js";
import "./chunks/chunk-MD2Y6JVW.js";
import "./chunks/chunk-XU2LWRJY.js";
import "./chunks/chunk-65WC4YDF.js";
import "./chunks/chunk-VJ4UBBLQ.js";
