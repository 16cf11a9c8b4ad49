// What the tool says about itself: its name, version and where its documentation lives, from package.json.
// Named imports, so that a bundle carries these few fields and not the whole manifest.

import { homepage, repository, version } from "../../../package.json";

export const TOOL_NAME = "alliance";
export const TOOL_VERSION: string = version;

/** Used only if package.json names neither a homepage nor a repository: a reserved address that is plainly not real. */
const PLACEHOLDER = "https://alliance-language.invalid/";

export interface ProjectLinks {
  /** The project's home page. */
  informationUri: string;
  /** The address of docs/rules.md, without a fragment. */
  rulesDoc: string;
}

/**
 * Where people read about the tool and its rules. A GitHub or GitLab repository shows docs/rules.md at
 * `<repository>/blob/HEAD/docs/rules.md`; otherwise the rules page is taken to sit under the home page.
 */
export function projectLinks(manifest: { homepage?: string; repository?: string | { type?: string; url?: string } }): ProjectLinks {
  const repoUrl = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
  const web = repoUrl ? repositoryWebAddress(repoUrl) : null;
  const informationUri = manifest.homepage ?? web ?? PLACEHOLDER;
  if (web) return { informationUri, rulesDoc: `${web}/blob/HEAD/docs/rules.md` };
  const home = new URL(informationUri);
  home.hash = "";
  home.search = "";
  if (!home.pathname.endsWith("/")) home.pathname += "/";
  return { informationUri, rulesDoc: new URL("docs/rules.md", home).href };
}

/** `git+https://github.com/o/r.git` or `git@github.com:o/r.git` to `https://github.com/o/r`, for GitHub and GitLab. */
function repositoryWebAddress(url: string): string | null {
  const match = /^(?:git\+)?(?:https?:\/\/|ssh:\/\/git@|git@)(github\.com|gitlab\.com)[/:]([^/]+)\/([^/#?]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `https://${match[1]}/${match[2]}/${match[3]}` : null;
}

const LINKS = projectLinks({ homepage, repository });

export const INFORMATION_URI: string = LINKS.informationUri;

/** The page that explains a rule: docs/rules.md, at the rule's heading. */
export function ruleHelpUri(code: string): string {
  return `${LINKS.rulesDoc}#${code.toLowerCase()}`;
}
