/** Styles of the popup page. */
export const POPUP_STYLES = `
body { margin: 0; }
.el-popup { width: 400px; padding: 12px 14px; box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1d; }
h1 { font-size: 15px; margin: 0 0 8px; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #555; margin: 12px 0 6px; }
.el-page-title { font-weight: 600; margin: 0 0 4px; }
.el-counts { margin: 0; color: #333; }
.el-muted { color: #555; margin: 0 0 6px; }
.el-references { list-style: none; margin: 0; padding: 0; }
.el-reference { display: flex; gap: 8px; padding: 8px 0; border-top: 1px solid #eee; }
.el-number { flex: 0 0 20px; font-weight: 600; color: #555; text-align: right; }
.el-body { flex: 1; min-width: 0; }
.el-ref-text { margin: 0 0 6px; color: #333; }
.el-claims, .el-disclaimers { list-style: none; margin: 0; padding: 0; }
.el-claim, .el-disclaimers li { padding: 6px 0; border-top: 1px solid #eee; }
.el-quote { margin: 0 0 4px; }
.el-facts { display: flex; flex-wrap: wrap; gap: 4px; margin: 0; align-items: baseline; }
.el-chip { display: inline-block; padding: 0 6px; border-radius: 8px; background: #f0f0f0; color: #333; font-size: 11px; }
.el-cites { color: #555; font-size: 11px; }
.el-summary { margin: 6px 0 0; padding: 6px 8px; background: #f5f7fa; border-radius: 6px; font-weight: 600; }
.el-checklist { list-style: none; margin: 0; padding: 0; }
.el-checklist li { display: grid; grid-template-columns: 58px 1fr; gap: 0 8px; padding: 5px 0; border-top: 1px solid #eee; }
.el-checklist .el-evidence { grid-column: 2; }
.el-answer { font-size: 11px; font-weight: 600; text-transform: uppercase; text-align: center; border-radius: 8px; padding: 0 4px; align-self: start; }
.el-answer-good { background: #e3f1e5; color: #1e5a2b; }
.el-answer-bad { background: #fbe6dc; color: #7a2e0e; }
.el-answer-unclear { background: #ececec; color: #333; }
.el-claim .el-checks { margin-top: 4px; }
`;
