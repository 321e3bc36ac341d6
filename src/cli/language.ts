// The user's language for RDF labels on the command line: $LC_ALL, $LC_MESSAGES or $LANG as a
// BCP 47 tag ("de_DE.UTF-8" -> "de-DE"); "C" and "POSIX" mean no preference, so English.

export function languageFromEnvironment(environment: NodeJS.ProcessEnv = process.env): string {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = environment[name];
    if (!value) continue;
    const tag = value.split(/[.@]/)[0].replace(/_/g, "-");
    if (tag === "C" || tag === "POSIX" || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$/.test(tag)) continue;
    return tag;
  }
  return "en";
}
