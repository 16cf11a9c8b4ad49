// Documents that the read-across rules' examples are checked alongside (`example.alongside`): a rule that
// reads across documents cannot be shown in one document on its own.

/** One agreement that the specification and tender examples are written `for`. */
export const EXAMPLE_AGREEMENT =
  'agreement Example "Example alliance" {\n' +
  '  purpose "Adults with multiple and complex needs in Plymouth live well"\n' +
  "  jurisdiction england\n" +
  "  value £80,000,000\n" +
  "  term 10 years from 2019-04-01\n" +
  "  route light-touch\n" +
  "  principles {\n" +
  '    collective-risk "We carry every risk of the services together"\n' +
  '    unanimous "We decide every key issue unanimously"\n' +
  '    no-fault-no-blame "We do not blame each other, except for wilful default"\n' +
  '    open-book "Our books are open to each other"\n' +
  "  }\n" +
  "  learning {\n" +
  '    measure OwnGoals "People reaching the goals they set" used for learning\n' +
  "  }\n" +
  "}\n";
