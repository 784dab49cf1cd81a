/** Styles of the options page, light and dark (the reader's `prefers-color-scheme`), without motion when asked. */
export const OPTIONS_STYLES = `
:root { color-scheme: light dark; --page: #fafafa; --bg: #ffffff; --fg: #1d1d1d; --muted: #555; --line: #e2e2e2; --field: #ffffff;
  --field-border: #8c8c8c; --ok: #2f5d3a; --error: #8a1c1c; --link: #1a56a8; --focus: #1a56a8; --button: #f3f4f6; }
@media (prefers-color-scheme: dark) {
  :root { --page: #151618; --bg: #1c1e21; --fg: #e8e8e8; --muted: #b4b8bf; --line: #3a3d42; --field: #26292e;
    --field-border: #80858c; --ok: #8fd6a0; --error: #ff9a8f; --link: #8ab4f8; --focus: #8ab4f8; --button: #2f3237; }
}
body { margin: 0; background: var(--page); color: var(--fg); }
.el-options { max-width: 600px; margin: 24px auto; padding: 16px 20px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px; }
h1 { font-size: 18px; margin: 0 0 12px; }
h2 { font-size: 15px; margin: 22px 0 6px; padding-top: 14px; border-top: 1px solid var(--line); }
a { color: var(--link); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.el-field { display: block; margin: 14px 0 4px; font-weight: 600; }
input[type="email"], input[type="text"] { width: 100%; box-sizing: border-box; padding: 6px 8px; font: inherit; color: var(--fg); background: var(--field); border: 1px solid var(--field-border); border-radius: 4px; }
.el-hint { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
.el-choice { display: flex; gap: 8px; align-items: flex-start; margin: 12px 0 0; font-weight: 600; }
.el-choice input { margin-top: 4px; }
fieldset { border: none; margin: 14px 0 0; padding: 0; }
legend { font-weight: 600; padding: 0; }
fieldset .el-choice { font-weight: normal; margin-top: 6px; }
button { margin-top: 12px; padding: 6px 14px; font: inherit; color: var(--fg); background: var(--button); border: 1px solid var(--field-border); border-radius: 4px; cursor: pointer; }
.el-sites { list-style: none; padding: 0; margin: 6px 0 0; }
.el-sites li { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 4px 0; border-top: 1px solid var(--line); }
.el-sites button { margin: 0; padding: 2px 10px; }
.el-status { margin-left: 10px; color: var(--ok); }
.el-error { margin-left: 10px; color: var(--error); }
.el-privacy p { margin: 6px 0; }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
`;
