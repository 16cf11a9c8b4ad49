// Preloaded (node --require) into every language server the benchmark starts: any attempt to open a
// network connection or to look up a host name is written to the file named by
// ALLIANCE_BENCH_NETWORK_LOG and refused, so that no server reaches the network and the benchmark can
// show that none tried. stdio pipes are not connections and are untouched.
"use strict";
const fs = require("node:fs");
const net = require("node:net");
const dns = require("node:dns");

const logFile = process.env.ALLIANCE_BENCH_NETWORK_LOG;

function record(what) {
  const line = `${new Date().toISOString()} pid ${process.pid} ${what}\n`;
  if (logFile) fs.appendFileSync(logFile, line);
  else process.stderr.write(`network attempt refused: ${line}`);
}

const refused = (what) => Object.assign(new Error(`network access is refused in the benchmark: ${what}`), { code: "ECONNREFUSED" });

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const where = typeof first === "object" && first !== null ? (first.path ?? `${first.host ?? "localhost"}:${first.port}`) : `${args[1] ?? "localhost"}:${first}`;
  record(`connect ${where}`);
  process.nextTick(() => this.destroy(refused(`connect ${where}`)));
  return this;
};
void connect;

for (const name of ["lookup", "resolve", "resolve4", "resolve6"]) {
  const original = dns[name];
  if (typeof original !== "function") continue;
  dns[name] = function guardedLookup(host, ...rest) {
    record(`dns.${name} ${host}`);
    const callback = rest.find((r) => typeof r === "function");
    if (callback) process.nextTick(() => callback(refused(`dns.${name} ${host}`)));
  };
}
