import type { Rule } from "../rule";
import { duplicateName } from "./duplicate-name";
import { misplacedClause } from "./misplaced-clause";
import { repeatedClause } from "./repeated-clause";
import { undeclaredName } from "./undeclared-name";
import { unknownChoice } from "./unknown-choice";

export const INTEGRITY_RULES: readonly Rule[] = [undeclaredName, duplicateName, misplacedClause, repeatedClause, unknownChoice];
