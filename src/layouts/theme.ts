/**
 * The page background of each colour scheme, for `<meta name="theme-color">` and the web
 * manifest. They mirror `--color-bg` in src/styles/tokens.css (a test holds them equal).
 */
export const themeColors = {
  light: '#fdfcfa',
  dark: '#15171a',
} as const;
