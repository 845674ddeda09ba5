export { suggestExportName } from './file-name';
export type { ReportClaims, ReportFont, ReportFontFace, ReportInput, WatchedPhrase } from './input';
export { reportMetadata, type ReportMetadata } from './metadata';
export {
  DEFAULT_REPORT_OPTIONS,
  PAPER_SIZES,
  reportOptionsSchema,
  resolveReportOptions,
  type Paper,
  type ReportOptions,
} from './options';
export { renderComparisonReport } from './render';
