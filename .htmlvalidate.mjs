// html-validate's recommended rules for the export's pages, with these exceptions, each for a reason.
const config = {
  extends: ["html-validate:recommended"],
  rules: {
    // The level lists on the home page are named with aria-label, which the rule allows on lists
    // but reports as not recommended.
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
    // Every <form> should have a submit button. The readiness self-check (components/readiness-check.tsx)
    // is a form only so that "Clear the ticks", a reset button, works without JavaScript; it is never
    // submitted, as nothing a reader ticks is sent anywhere, and a submit button would offer an action
    // that does nothing. The rule has no options to exempt one form, and React writes no HTML comments
    // for an inline directive, so it is off for the site, whose only form this is.
    "wcag/h32": "off",
    // The export keeps the HTML React wrote byte for byte (lib/export/finish.ts): `charSet`
    // and `dateTime` (attribute names are case-insensitive), `<meta/>` (a void element may end in
    // `/>`) and `hidden=""` or `open=""` (an empty value sets a boolean attribute) are all valid
    // HTML, and writing them in these rules' style would mean parsing and writing every page again;
    // boolean attributes are held to the one style React writes.
    "attr-case": "off",
    "void-style": "off",
    "attribute-empty-style": "off",
    "attribute-boolean-style": ["error", { style: "empty" }],
  },
};

export default config;
