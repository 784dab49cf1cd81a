/**
 * Styles of the popup page. Colours are custom properties so the dark scheme (the reader's
 * `prefers-color-scheme`) swaps them in one place; motion is dropped for `prefers-reduced-motion`.
 */
export const POPUP_STYLES = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1d1d1d; --muted: #555; --line: #e6e6e6; --chip: #f0f0f0; --panel: #f5f7fa;
  --link: #1a56a8; --bad: #8a1c1c; --warn: #7a4200; --good-bg: #e3f1e5; --good-fg: #1e5a2b; --bad-bg: #fbe6dc; --bad-fg: #7a2e0e;
  --unclear-bg: #ececec; --unclear-fg: #333; --button: #f3f4f6; --button-border: #b9bec7; --focus: #1a56a8; --accent: #2f6f3e; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #1c1e21; --fg: #e8e8e8; --muted: #b4b8bf; --line: #3a3d42; --chip: #2f3237; --panel: #26292e; --link: #8ab4f8;
    --bad: #ff9a8f; --warn: #ffc46b; --good-bg: #1f3b26; --good-fg: #a6e3b4; --bad-bg: #4a2419; --bad-fg: #ffb59e;
    --unclear-bg: #3a3d42; --unclear-fg: #e0e0e0; --button: #2f3237; --button-border: #5a5f66; --focus: #8ab4f8; --accent: #6fcf8a; }
}
body { margin: 0; background: var(--bg); color: var(--fg); }
.el-popup { width: 400px; max-width: 100%; padding: 12px 14px; box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); }
.el-header { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
h1 { font-size: 15px; margin: 0 0 8px; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 12px 0 6px; }
h3 { font-size: 12px; margin: 10px 0 4px; color: var(--fg); }
a { color: var(--link); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
button { font: inherit; color: var(--fg); background: var(--button); border: 1px solid var(--button-border); border-radius: 4px; padding: 3px 10px; cursor: pointer; }
button:disabled { opacity: 0.6; cursor: default; }
input[type="text"] { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--button-border); border-radius: 4px; padding: 3px 6px; min-width: 0; flex: 1; }
.el-link-button { background: none; border: none; padding: 0; color: var(--link); text-decoration: underline; }
.el-small-button { font-size: 12px; padding: 1px 8px; }
.el-row { display: flex; gap: 6px; align-items: center; }
.el-wrap { flex-wrap: wrap; }
.el-controls { justify-content: space-between; margin: 0 0 4px; }
.el-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.el-page-title { font-weight: 600; margin: 0 0 4px; }
.el-muted { color: var(--muted); margin: 0 0 6px; }
.el-hint { color: var(--muted); font-size: 12px; margin: 2px 0 6px; }
.el-verdict { margin: 6px 0 0; padding: 6px 8px; background: var(--panel); border-radius: 6px; }
.el-verdict p { margin: 0 0 2px; font-weight: 600; }
.el-unchecked { margin: 2px 0 0; padding-left: 18px; color: var(--muted); }
.el-retrying { color: var(--warn); }
.el-bad { color: var(--bad); }
.el-spin { display: inline-block; animation: el-spin 1.6s linear infinite; }
@keyframes el-spin { to { transform: rotate(360deg); } }
.el-top-warnings ul { list-style: none; margin: 0; padding: 0; }
.el-top-warnings li { margin: 0 0 4px; }
.el-top-warnings a { text-decoration: none; color: var(--fg); display: block; padding: 2px 6px; border-left: 3px solid #e0a040; }
.el-top-warnings a:hover strong, .el-top-warnings a:focus strong { text-decoration: underline; }
.el-top-warnings strong { color: var(--warn); }
.el-section { border-top: 1px solid var(--line); }
.el-section > summary { cursor: pointer; padding: 5px 0; font-weight: 600; display: flex; gap: 8px; align-items: baseline; }
.el-section > summary::marker { color: var(--muted); }
.el-section-title { flex: 1; }
.el-count { font-weight: 600; font-size: 11px; color: var(--muted); background: var(--chip); border-radius: 8px; padding: 0 6px; }
.el-section-body { padding: 0 0 8px; }
.el-switch { display: inline-flex; align-items: center; gap: 8px; background: none; border: none; padding: 2px 0; }
.el-switch-track { width: 28px; height: 16px; border-radius: 8px; background: var(--button-border); position: relative; transition: background 0.15s; }
.el-switch-knob { position: absolute; top: 2px; left: 2px; width: 12px; height: 12px; border-radius: 50%; background: #fff; transition: left 0.15s; }
.el-switch-on .el-switch-track { background: var(--accent); }
.el-switch-on .el-switch-knob { left: 14px; }
.el-references { list-style: none; margin: 0; padding: 0; }
.el-reference { display: flex; gap: 8px; padding: 8px 0; border-top: 1px solid var(--line); }
.el-number { flex: 0 0 20px; font-weight: 600; color: var(--muted); text-align: right; }
.el-body { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.el-ref-text { margin: 0 0 6px; }
.el-ids { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12px; margin: 0 0 4px; }
.el-ids code { font-size: 11px; }
.el-claims, .el-disclaimers { list-style: none; margin: 0; padding: 0; }
.el-claim, .el-disclaimers li { padding: 6px 0; border-top: 1px solid var(--line); }
.el-quote { margin: 0 0 4px; }
.el-facts { display: flex; flex-wrap: wrap; gap: 4px; margin: 0; align-items: baseline; }
.el-chip { display: inline-block; padding: 0 6px; border-radius: 8px; background: var(--chip); color: var(--fg); font-size: 11px; }
.el-cites { color: var(--muted); font-size: 11px; }
.el-checklist { list-style: none; margin: 0; padding: 0; }
.el-checklist li { display: grid; grid-template-columns: 58px 1fr; gap: 0 8px; padding: 5px 0; border-top: 1px solid var(--line); }
.el-checklist .el-evidence { grid-column: 2; }
.el-answer { font-size: 11px; font-weight: 600; text-transform: uppercase; text-align: center; border-radius: 8px; padding: 0 4px; align-self: start; }
.el-answer-good { background: var(--good-bg); color: var(--good-fg); }
.el-answer-bad { background: var(--bad-bg); color: var(--bad-fg); }
.el-answer-unclear { background: var(--unclear-bg); color: var(--unclear-fg); }
.el-claim .el-checks { margin-top: 4px; }
.el-legend { margin: 0; }
.el-legend div { display: grid; grid-template-columns: 70px 1fr; gap: 8px; padding: 3px 0; }
.el-legend dd { margin: 0; }
.el-legend-badge { display: inline-block; font-size: 12px; padding: 0 5px; border: 1px solid var(--button-border); border-radius: 8px; white-space: nowrap; }
.el-lookup label { display: block; font-weight: 600; margin: 0 0 4px; }
.el-manual { width: 100%; box-sizing: border-box; font: 11px/1.4 ui-monospace, monospace; color: var(--fg); background: var(--bg); }
.el-level-plain { font-size: 12px; margin: -2px 0 6px; }
/* The popup speaks plain words: the card's level wording is replaced by the 1-to-5 scale, and the databases' own vocabulary is left to the card. */
.el-popup-source .el-level-words, .el-popup-source .el-facts-line:not(.el-size) { display: none; }
@media (prefers-color-scheme: dark) {
  .el-meta, .el-evidence, .el-facts-line, .el-match, .el-check-claim { color: var(--muted) !important; }
  .el-title, .el-size, .el-level-words, .el-check strong { color: var(--fg) !important; }
  .el-level { background: #24364f !important; color: #cfe0ff !important; }
  .el-level-preclinical { background: #4a3a17 !important; color: #ffe3a6 !important; }
  .el-level-unknown { background: var(--unclear-bg) !important; color: var(--unclear-fg) !important; }
  .el-links a, .el-abstract summary { color: var(--link) !important; }
  .el-state, .el-check-warning strong { color: var(--warn) !important; }
  .el-notice { color: var(--bad) !important; }
  .el-registry { color: #b7cdf2 !important; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
`;
