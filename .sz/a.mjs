import jsonld from "jsonld"; globalThis.x = jsonld.toRDF;
