import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnalysisService } from "../../../server/src/core/service/analysis-service";
import { CancellationSource } from "../../../server/src/core/service/cancellation";

const SAMPLES = join(__dirname, "..", "..", "..", "samples", "plymouth");
const read = (name: string) => readFileSync(join(SAMPLES, `${name}.alliance`), "utf8");
const uriOf = (name: string) => `file:///pack/${name}.alliance`;

/** The Plymouth pack, with the evaluation assessing a question the tender does not (yet) ask. */
function pack(): AnalysisService {
  const service = new AnalysisService({ today: () => "2026-12-01" });
  for (const name of ["agreement", "specification", "tender"]) service.setDocument(uriOf(name), read(name), 1);
  service.setDocument(uriOf("evaluation"), read("evaluation").replace("assesses Learning", "assesses Learning, QNew"), 1);
  return service;
}

const codesAndMessages = (service: AnalysisService, name: string) =>
  service.problemsNow(uriOf(name)).filter((p) => p.severity !== "info").map((p) => `${p.code} ${p.message}`);

describe("the analysis service", () => {
  it("checks an evaluation again when the tender beside it gains the name it assesses", () => {
    const service = pack();
    expect(codesAndMessages(service, "evaluation")).toEqual([
      "ALY010 No principle, requirement, question or measure is named `QNew`. Correct the name, or add it to the agreement's principles.",
    ]);
    expect(service.staleResults()).toEqual([]);
    const tender = read("tender").replace("  }\n  deadline", '    QNew "What will you learn first?" about Learning\n  }\n  deadline');
    service.setDocument(uriOf("tender"), tender, 2);
    // The evaluation read the tender to resolve `QNew`: its findings are out of date, and only its.
    expect(service.staleResults()).toEqual([uriOf("evaluation")]);
    expect(codesAndMessages(service, "evaluation")).toEqual([]);
  });

  it("keeps findings that did not read what changed", () => {
    const service = pack();
    const york = "file:///york/agreement.alliance";
    service.setDocument(york, readFileSync(join(SAMPLES, "..", "york", "agreement.alliance"), "utf8"), 1);
    const yorkProblems = service.problemsNow(york);
    const evaluation = service.problemsNow(uriOf("evaluation"));
    service.setDocument(uriOf("tender"), `${read("tender")}\n// a note\n`, 2);
    expect(service.staleResults()).not.toContain(york);
    expect(service.problemsNow(york)).toBe(yorkProblems);
    expect(service.problemsNow(uriOf("evaluation"))).not.toBe(evaluation);
  });

  it("checks a document again when the document it is for arrives under the name it looked for", () => {
    const service = new AnalysisService({ today: () => "2026-12-01" });
    service.setDocument(uriOf("specification"), read("specification"));
    expect(service.problemsNow(uriOf("specification")).map((p) => `${p.code} ${p.message}`)).toEqual([
      "ALY010 No document named `PlymouthAlliance` is being checked. Check this file together with the document named `PlymouthAlliance`, or correct the name after `for`.",
    ]);
    service.setDocument(uriOf("agreement"), read("agreement"));
    expect(service.staleResults()).toEqual([uriOf("specification")]);
    expect(service.problemsNow(uriOf("specification")).filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("works every finding out again after the settings change", () => {
    const service = pack();
    expect(codesAndMessages(service, "evaluation")).toHaveLength(1);
    service.setSettings({ rules: { ALY010: "off" } });
    expect(service.staleResults()).toContain(uriOf("evaluation"));
    expect(codesAndMessages(service, "evaluation")).toEqual([]);
  });

  it("stops a check between rules when it is cancelled, and the next check still runs to the end", async () => {
    let pauses = 0;
    const service = new AnalysisService({
      today: () => "2026-12-01",
      pacing: { sliceMs: 0, now: () => 0, pause: () => new Promise((resolve) => setImmediate(() => (pauses++, resolve(undefined)))) },
    });
    const uri = uriOf("agreement");
    service.setDocument(uri, read("agreement"), 1);
    const older = service.problems({ uri });
    await new Promise((resolve) => setImmediate(resolve));
    service.setDocument(uri, `${read("agreement")}\n`, 2);
    service.cancel(uri);
    expect(await older).toBeNull();
    const stoppedAfter = pauses;
    expect(stoppedAfter).toBeLessThan(5);
    const newer = await service.problems({ uri });
    expect(newer).toEqual(service.problemsNow(uri));
    expect(pauses - stoppedAfter).toBeGreaterThan(50);
  });

  it("answers a caller whose token is raised with nothing, without stopping the check for others", async () => {
    const service = pack();
    const source = new CancellationSource();
    const uri = uriOf("agreement");
    const wanted = service.problems({ uri }, source.token);
    const others = service.problems({ uri });
    source.cancel();
    expect(await wanted).toBeNull();
    expect(await others).toEqual(service.problemsNow(uri));
  });

  it("moves the latest findings to where they stand while the new text waits to be checked", () => {
    const service = new AnalysisService({ today: () => "2026-12-01" });
    const uri = uriOf("evaluation");
    const text = read("evaluation").replace("assesses Learning", "assesses Learning, QNew");
    service.setDocument(uri, text, 1);
    const [first] = service.problemsNow(uri).filter((p) => p.code === "ALY010");
    service.setDocument(uri, `// A note.\n${text}`, 2);
    const [moved] = (service.latestProblems(uri) ?? []).filter((p) => p.code === "ALY010");
    expect(moved.span).toEqual({ start: first.span.start + 11, end: first.span.end + 11 });
    expect(service.isChecked(uri)).toBe(false);
  });
});

describe("checking again after another document changed", () => {
  it("runs again only the rules that read what changed, and finds what a fresh check finds", async () => {
    let pauses = 0;
    const pacing = { sliceMs: 0, now: () => 0, pause: () => new Promise<void>((resolve) => setImmediate(() => (pauses++, resolve()))) };
    const service = new AnalysisService({ today: () => "2026-12-01", pacing });
    for (const name of ["agreement", "specification", "tender", "evaluation"]) service.setDocument(uriOf(name), read(name), 1);
    await service.problems({ uri: uriOf("agreement") });
    const everyRule = pauses;
    const tender = read("tender").replace("minimum-turnover £250,000", "minimum-turnover £300,000");
    service.setDocument(uriOf("tender"), tender, 2);
    pauses = 0;
    const again = await service.problems({ uri: uriOf("agreement") });
    expect(pauses).toBeGreaterThan(0);
    expect(pauses).toBeLessThan(everyRule / 4);
    const fresh = new AnalysisService({ today: () => "2026-12-01" });
    for (const name of ["agreement", "specification", "evaluation"]) fresh.setDocument(uriOf(name), read(name), 1);
    fresh.setDocument(uriOf("tender"), tender, 2);
    expect(again).toEqual(fresh.problemsNow(uriOf("agreement")));
  });
});

describe("parsing after an edit", () => {
  const edit = (text: string) => text.replace("Community mental health and primary care outreach", "Community mental health and primary-care outreach");
  const reparsedOf = (service: AnalysisService, uri: string) => (service.document(uri)!.parsed as { reparsed?: unknown }).reparsed;

  it("reads again only the clauses the edit touched, and finds what a fresh check of the new text finds", () => {
    const service = new AnalysisService({ today: () => "2026-12-01" });
    const uri = uriOf("agreement");
    service.setDocument(uri, read("agreement"), 1);
    service.problemsNow(uri);
    // A burst of keys before the next check: the parse starts from the last text that was parsed.
    service.setDocument(uri, read("agreement").replace("Community mental health", "Community  mental health"), 2);
    service.setDocument(uri, edit(read("agreement")), 3);
    const after = service.problemsNow(uri);
    expect(reparsedOf(service, uri)).not.toBe("full");
    const fresh = new AnalysisService({ today: () => "2026-12-01" });
    fresh.setDocument(uri, edit(read("agreement")), 3);
    expect(after).toEqual(fresh.problemsNow(uri));
    expect(service.document(uri)!.parsed).toEqual({ ...fresh.document(uri)!.parsed, reparsed: reparsedOf(service, uri) });
  });

  it("leaves a tree alone while a check that reads it is still running, and that check's findings stay right", async () => {
    const pacing = { sliceMs: 0, now: () => 0, pause: () => new Promise<void>((resolve) => setImmediate(resolve)) };
    const service = new AnalysisService({ today: () => "2026-12-01", pacing });
    const uri = uriOf("agreement");
    const text = read("agreement").replace("members ", "members Nobody, ");
    service.setDocument(uri, text, 1);
    const older = service.problems({ uri });
    await new Promise((resolve) => setImmediate(resolve));
    service.setDocument(uri, edit(text), 2);
    expect(reparsedOf(service, uri) ?? "full").toBe("full");
    const expected = new AnalysisService({ today: () => "2026-12-01" });
    expected.setDocument(uri, text, 1);
    expect(await older).toEqual(expected.problemsNow(uri));
  });

  it("reads the headers of a newer text the edit did not touch without parsing it, so that it is reparsed once the running check is done", async () => {
    // The tender's check asks for the documents it is written for (the chain of headers) after every rule
    // that reads thresholds: the agreement's newer text must not be parsed then, while its last tree is read.
    const pacing = { sliceMs: 0, now: () => 0, pause: () => new Promise<void>((resolve) => setImmediate(resolve)) };
    const service = new AnalysisService({ today: () => "2026-12-01", pacing });
    for (const name of ["agreement", "specification", "tender"]) service.setDocument(uriOf(name), read(name), 1);
    const uri = uriOf("agreement");
    service.problemsNow(uri);
    const older = service.problems({ uri });
    service.setDocument(uri, read("agreement") + " ", 2);
    const check = service.problems({ uri });
    await new Promise((resolve) => setImmediate(resolve));
    service.setDocument(uri, edit(read("agreement")) + " ", 3);
    // Every rule of the running check has now asked for the chain and its thresholds.
    await check;
    await older;
    expect(reparsedOf(service, uri) ?? "full").not.toBe("full");
    const fresh = new AnalysisService({ today: () => "2026-12-01" });
    for (const name of ["agreement", "specification", "tender"]) fresh.setDocument(uriOf(name), read(name), 1);
    fresh.setDocument(uri, edit(read("agreement")) + " ", 3);
    expect(service.problemsNow(uri)).toEqual(fresh.problemsNow(uri));
    expect(service.problemsNow(uriOf("tender"))).toEqual(fresh.problemsNow(uriOf("tender")));
  });
});
