// Validates every Strimzi resource of rendered manifests (stdin, multi-document YAML from `kubectl kustomize`)
// against the CRD schemas of Strimzi 1.0.0, as compiled by @kubernetes-models/strimzi-kafka-operator 1.0.1
// (generated from strimzi-crds-1.0.0.yaml). Strimzi 1.0 serves only kafka.strimzi.io/v1, so any other
// version of that group is an error too. Run by .ci/run with NODE_PATH pointing at the installed packages.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import path from "node:path";

const require = createRequire(path.join(process.env.NODE_PATH, "noop.js"));
const { parseAllDocuments } = require("yaml");
const schemas = path.join(process.env.NODE_PATH, "@kubernetes-models/strimzi-kafka-operator/_schemas");

const label = process.argv[2] ?? "manifests";
const docs = parseAllDocuments(readFileSync(0, "utf8")).map((d) => d.toJS()).filter(Boolean);
let checked = 0;
const problems = [];
for (const doc of docs) {
  const [group, version] = String(doc.apiVersion).split("/");
  if (!group.endsWith("strimzi.io")) continue;
  const name = `${doc.kind}/${doc.metadata?.name}`;
  if (version !== "v1") {
    problems.push(`${name}: ${doc.apiVersion} is not served by Strimzi 1.0 (use ${group}/v1)`);
    continue;
  }
  const prefix = group === "kafka.strimzi.io" ? "KafkaStrimziIoV1" : "CoreStrimziIoV1";
  const { validate } = await import(pathToFileURL(path.join(schemas, `${prefix}${doc.kind}.js`)).href);
  checked++;
  if (!validate(doc)) {
    for (const e of validate.errors) problems.push(`${name}: ${e.instancePath || "/"} ${e.keyword} ${JSON.stringify(e.params)}`);
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`${label}: ${problems.length} problem(s) against the Strimzi 1.0.0 CRD schemas`);
  process.exit(1);
}
if (checked === 0) {
  console.error(`${label}: no Strimzi resources found`);
  process.exit(1);
}
console.log(`${label}: ${checked} Strimzi resources valid against the Strimzi 1.0.0 CRD schemas`);
