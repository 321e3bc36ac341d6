import { Parser, Writer } from "n3"; globalThis.x = [Parser, Writer];
