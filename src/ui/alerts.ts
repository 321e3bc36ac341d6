// The page's one role="alert" area: present and empty from the start (so screen readers watch
// it), filled with a short message about a bad link or bad input, emptied by its Dismiss button.
import { element } from "./dom.ts";

export function mountAlerts(container: HTMLElement): (message: string) => void {
  const text = element("p", { className: "alert-text" });
  const area = element("div", { className: "alert", attributes: { role: "alert" } }, [text]);
  const dismiss = element("button", {
    className: "alert-dismiss",
    text: "Dismiss",
    attributes: { type: "button" },
  });
  dismiss.addEventListener("click", () => {
    text.textContent = "";
    dismiss.remove();
    area.classList.remove("is-shown");
  });
  container.replaceChildren(area);
  return (message) => {
    text.textContent = message;
    area.append(dismiss);
    area.classList.add("is-shown");
  };
}
