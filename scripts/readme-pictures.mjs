// The README a VSIX carries when its pictures have no https address to be
// shown from (npm run package without --images-url): EXTENSION.md with its
// pictures taken out, and one line where the first was, saying where the
// pictures are shown: the Getting Started walkthrough, which shows images
// from inside the VSIX.
//
// Why not the pictures themselves, inside the VSIX: VS Code's extension page
// (extensionEditor.ts renderMarkdown → markdownDocumentRenderer.ts) sanitizes
// the README with domSanitize.ts, whose `src` protocols default to http and
// https; the extension page passes none of its own, so a relative source
// (a file of the VSIX) or a `data:` URI loses its `src` and shows as a
// broken picture, although the page's content security policy
// (`img-src https: data:`) would let a data: image load. vsce, for its
// part, accepts a data: image only with --no-rewrite-relative-links (else
// "Images in README.md must come from an HTTPS source") and never an SVG.
// Tried in code-server 4.139.1 (VS Code 1.139.1): test/e2e/readme-page.mjs.

/** A line that is one picture of images/readme/, as EXTENSION.md writes them. */
const PICTURE_LINE = /^!\[[^\]\n]*\]\(images\/readme\/[\w.-]+\.png\)\s*$/;
/** Any other picture: it would show broken too. */
const OTHER_PICTURE = /!\[[^\]\n]*\]\(|<img\b/i;

export const WALKTHROUGH_NOTE = '*See it in pictures: **Help → Welcome → Review Arabic news with Isnad** (the Getting Started walkthrough).*';

/**
 * `markdown` without its picture lines, `note` where the first was, and no
 * run of blank lines left longer than one. Throws on a picture written any
 * other way (inline, HTML): it would show broken.
 */
export function readmeWithoutPictures(markdown, note = WALKTHROUGH_NOTE) {
  const out = [];
  let noted = false;
  for (const line of markdown.split('\n')) {
    if (PICTURE_LINE.test(line)) {
      if (!noted) out.push(note);
      noted = true;
      continue;
    }
    if (OTHER_PICTURE.test(line)) throw new Error(`a picture that is not a line of its own from images/readme/: ${line.trim()}`);
    out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}
