/**
 * Limits that keep a hostile or accidental file from hanging the worker or exhausting memory.
 * A real programme annex is a few hundred rows and well under 1 MB; the limits leave two orders
 * of magnitude of room and are named in the error messages.
 */
export const LIMITS = {
  /** the file as picked */
  fileBytes: 30 * 1024 * 1024,
  /** sum of the uncompressed sizes of the entries of an .xlsx/.ods (zip) archive */
  uncompressedBytes: 200 * 1024 * 1024,
  /** entries in a zip archive (a real workbook has a few dozen) */
  zipEntries: 5_000,
  /** rows read from one sheet */
  rows: 200_000,
  /** columns read from one sheet (wider rows are cut, with a finding) */
  columns: 200,
  /** cells of one sheet once merged ranges are filled in (a tiny file can merge a huge range) */
  cells: 5_000_000,
} as const;
