import { readGraphFiles } from "./src/formats/read-graph-files.ts";
const ttl = `@prefix : <http://ex.org/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
:anna a foaf:Person ; foaf:name "Anna" ; rdfs:label "Anne"@fr, "Anna"@de ; foaf:knows :bob .
:bob a foaf:Person, foaf:Agent ; foaf:name "Bob" ; :age 42 .
foaf:Person rdfs:subClassOf foaf:Agent .
<< :anna foaf:knows :bob >> <urn:kg-explorer:vocab:evidence> [ <urn:kg-explorer:vocab:quote> "Anna knows Bob." ] .
:anna :likes ( :x :y ) .
`;
const r = await readGraphFiles([{ name: "t.ttl", text: ttl }], { language: "de" });
if (!r.ok) console.log(r.error); else { console.log(r.warnings, r.graph.getAttributes()); r.graph.forEachNode((k,a)=>console.log(k, JSON.stringify(a))); r.graph.forEachEdge((k,a,s,t)=>console.log(k, JSON.stringify(a))); }
const bad = await readGraphFiles([{ name: "bad.ttl", text: "@prefix : <http://x/> .\n:a :b :c .\n:a :b foo:c ." }]);
console.log(bad);
