/**
 * Lets a file be dropped anywhere on the window. The shell installs it once and opens the
 * import wizard with the dropped file; dropping outside a drop zone would otherwise make the
 * browser navigate away to the file.
 * @example const uninstall = installDropZone((file) => openWizard(file));
 * @returns a function that removes the listeners
 */
export function installDropZone(onFile: (file: File) => void, target: Window = window): () => void {
  let depth = 0;
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  const mark = (on: boolean) => target.document.documentElement.classList.toggle('import-dragging', on);
  const enter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    mark(true);
  };
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const leave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) mark(false);
  };
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    mark(false);
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  target.addEventListener('dragenter', enter);
  target.addEventListener('dragover', over);
  target.addEventListener('dragleave', leave);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragenter', enter);
    target.removeEventListener('dragover', over);
    target.removeEventListener('dragleave', leave);
    target.removeEventListener('drop', drop);
    mark(false);
  };
}
