/**
 * Reads a picked or dropped file into memory, reporting progress, so a large file shows how
 * far it is (issue 3). The bytes stay in memory for remapping (DESIGN.md).
 */
export function readFileBytes(
  file: Blob,
  onProgress: (done: number, total: number) => void,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}
