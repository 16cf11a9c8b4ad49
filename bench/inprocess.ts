// In-process figures: parsing and checking an agreement with the analysis core, each against
// JSON.parse of a JSON document of exactly the same byte size, measured in the same run.

import { parse } from "../server/src/core";
import { AnalysisService } from "../server/src/core/service/analysis-service";
import { referenceJson, sample, stats, type Stats } from "./measure";

export interface InProcessResult {
  bytes: number;
  jsonParse: Stats;
  parse: Stats;
  /** Parse and every rule: the whole check. */
  checkText: Stats;
  problems: number;
}

const REFERENCE_BUDGET = { budgetMs: 500, minSamples: 10, maxSamples: 200 };
const PARSE_BUDGET = { budgetMs: 3_000, minSamples: 3, maxSamples: 30 };
const CHECK_BUDGET = { budgetMs: 5_000, minSamples: 3, maxSamples: 20 };

export function measureInProcess(text: string): InProcessResult {
  const bytes = Buffer.byteLength(text);
  const parsed = parse(text);
  if (parsed.problems.length > 0) throw new Error(`the generated agreement has syntax problems, starting with ${parsed.problems[0].code}: ${parsed.problems[0].message}`);
  const json = referenceJson(parsed.file, bytes);
  const jsonParse = stats(sample(() => JSON.parse(json), REFERENCE_BUDGET).wall);
  const parseTimes = stats(sample(() => parse(text), PARSE_BUDGET).wall);
  let problems = 0;
  // Through the analysis service, as the editor and the command line check: a fresh one each time, so
  // that nothing is reused from the run before.
  const checkOnce = () => {
    const service = new AnalysisService();
    service.setDocument("file:///bench.alliance", text);
    return service.problemsNow("file:///bench.alliance").length;
  };
  const checkTimes = stats(sample(() => (problems = checkOnce()), CHECK_BUDGET).wall);
  return { bytes, jsonParse, parse: parseTimes, checkText: checkTimes, problems };
}
