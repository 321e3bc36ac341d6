import { Parser } from "n3"; globalThis.x = Parser;
