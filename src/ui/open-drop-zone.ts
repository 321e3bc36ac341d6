// Drag-and-drop onto the page opens the dropped files, like the Open button. While files are
// dragged over the page an overlay says what dropping them will do.
import { element } from "./dom.ts";

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes("Files") ?? false;
}

export function bindDropZone(onFiles: (files: File[]) => void): () => void {
  const overlay = element("div", { className: "drop-overlay", attributes: { hidden: "" } }, [
    element("p", { text: "Drop a graph file to open it (JSON, GEXF, GraphML, CSV or RDF)" }),
  ]);
  document.body.append(overlay);
  // dragenter/dragleave fire for every child crossed: count them to know when the drag left.
  let depth = 0;
  const hide = () => {
    depth = 0;
    overlay.hidden = true;
  };

  const onDragEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth += 1;
    overlay.hidden = false;
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    // Without this the browser would open the file itself, leaving the app.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  };
  const onDragLeave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth -= 1;
    if (depth <= 0) hide();
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    hide();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  };

  document.addEventListener("dragenter", onDragEnter);
  document.addEventListener("dragover", onDragOver);
  document.addEventListener("dragleave", onDragLeave);
  document.addEventListener("drop", onDrop);
  return () => {
    document.removeEventListener("dragenter", onDragEnter);
    document.removeEventListener("dragover", onDragOver);
    document.removeEventListener("dragleave", onDragLeave);
    document.removeEventListener("drop", onDrop);
    overlay.remove();
  };
}
