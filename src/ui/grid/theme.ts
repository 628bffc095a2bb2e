import { themeQuartz } from 'ag-grid-community';

/** The grids' theme; font size follows `--grid-font-size`, which projector mode scales. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 'var(--grid-font-size, 14px)',
  headerFontSize: 'var(--grid-font-size, 14px)',
  headerFontWeight: 700,
  wrapperBorderRadius: 0,
});
