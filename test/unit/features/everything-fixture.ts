// Documents that between them use every clause, every section keyword and every small word a clause
// can hold, for the tests that walk the vocabulary (help and hover).

// A document that uses every clause and every block keyword, so that walking its tree gives every
// keyword the hover can look up.
export const AGREEMENT = `agreement Everything "Every clause" {
  purpose "Adults live well" {
    people "Adults with complex needs"
    place "Plymouth"
    scope "Support and housing"
  }
  jurisdiction england
  term 10 years from 2019-04-01
  value £80,000,000 pooled by PCC
  parties {
    PCC commissioner "Plymouth City Council" {
      representative "Director"
      authority "Delegated by the Council"
      contributes "Money"
      contact "alliance@example.org"
      time "One day a week"
      framework "Council framework"
    }
    Shekinah provider "Shekinah"
  }
  roles {
    Coordinator frontline "Support co-ordinator" reports to Board
  }
  principles co-produced with PCC, Shekinah {
    open-book "Open books"
  }
  values {
    respect "We respect each other"
  }
  definitions {
    wilful-default "A deliberate breach"
  }
  key-issues {
    "The budget"
  }
  body Board "Alliance Board" {
    members all
    chair Coordinator
    decides key-issues by unanimity
    if not unanimous: falls
    meets monthly
    functions allocate-resources
    quorum all
    open to frontline-staff
    responds within 5 days
  }
  body Panel {
    members PCC, Shekinah
    casting vote chair
    reports to Board
    advises Board
    until 2020-03-31
  }
  steward PCC
  risk {
    responsibility collective
    pain share PCC 50%, Shekinah 50%
    gain share PCC 50%, Shekinah 50%
    budget share PCC 50%, Shekinah 50%
    cap £500,000 per year
    no-fault-no-blame except wilful-default
    accounting open-book
    claims for wilful-default
    assign "clinical governance" to Shekinah
  }
  spend {
    up to £1,000 approved by Coordinator
    over £1,000 approved by Board
    eligibility "For people the alliance supports"
  }
  learning {
    measure Goals "Own goals" used for learning {
      source "Conversations"
      target "Most people reach their goals"
      linked-to "The purpose"
      perspective effective
      defined-by people
      kind person-defined
      sense-maker Board
      owner PCC
      shared-by PCC, Shekinah
    }
    review quarterly by Board against purpose
    data-sharing "Agreement signed 2019-03-01"
  }
  involvement {
    PCC in need, design
    feedback "Reports back"
    stories "Stories"
    safe-sharing "Support"
  }
  services social-care
  procurement starts 2019-01-01
  route light-touch because "Care services"
  notices contract-notice, award-notice
  reserved for "public service mutuals"
  instrument contract because "Shared risk"
  stages {
    year 1 "Co-production"
    years 2 to 10 "Delivery" written by PCC, Shekinah
  }
  involved early legal, finance
  exit-plan "Support continues"
  review-point after 18 months
  market-engagement "Open events"
  input-sharing "Notes to every bidder"
  process {
    step "Design conversations" 8 weeks
  }
  staff-changes "None"
  union-engagement "Consulted"
}
`;

export const SPECIFICATION = `specification Spec for Everything {
  principles open-book
  requirements {
    R1 "Share risk" mandatory about open-book
  }
  targets none
  minimum-turnover £250,000
}
`;

export const TENDER = `tender Tender for Spec {
  questions {
    Q1 "How will you share risk?" about R1
  }
  deadline 2019-01-31
}
`;

export const EVALUATION = `evaluation Marks for Tender {
  criterion Risk "Sharing risk" weight 100% stage award assesses R1
}
`;

