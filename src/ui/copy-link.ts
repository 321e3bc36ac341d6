// "Copy link": the URL already holds the whole view (url-sync.ts), so sharing a view is copying
// it. Where the clipboard is refused, the link is shown selected in a field to copy by hand.
// A graph opened from a file is not in the URL (only the view is), so for it the tool says so
// plainly instead of copying a link that would open the built-in graph.
import { element } from "./dom.ts";
import type { Tool } from "./open-panel.ts";

export interface CopyLinkOptions {
  say(message: string): void;
  /** Whether a link can bring this graph back (the built-in one can; a file opened here cannot). */
  canLinkGraph(): boolean;
}

export const CANNOT_LINK_MESSAGE =
  "No link copied: a link can only restore views of the built-in graph (or of a graph served by kg serve), and this graph was opened from a file. To share it, Export the graph and send the file.";

export function createCopyLink(options: CopyLinkOptions): Tool {
  const button = element("button", {
    text: "Copy link",
    attributes: { type: "button", title: "Copy the link to this view, to share it" },
  });
  const field = element("input", {
    className: "copy-link-field",
    attributes: { type: "text", readonly: "", "aria-label": "Link to this view", hidden: "" },
  });

  const showField = (url: string) => {
    field.value = url;
    field.hidden = false;
    field.focus();
    field.select();
  };

  button.addEventListener("click", async () => {
    if (!options.canLinkGraph()) {
      field.hidden = true;
      options.say(CANNOT_LINK_MESSAGE);
      return;
    }
    const url = location.href;
    try {
      // Missing outside secure contexts; rejects when the permission is denied.
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      field.hidden = true;
      options.say("Link copied: paste it to share this view.");
    } catch {
      showField(url);
      options.say(
        "The browser did not let the page copy: the link is selected, press Ctrl+C (⌘C).",
      );
    }
  });
  field.addEventListener("blur", () => {
    field.hidden = true;
  });
  field.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    field.hidden = true;
    button.focus();
  });

  return {
    element: element("div", { className: "copy-link" }, [button, field]),
    destroy() {},
  };
}
