/** Styles inside the protection layer's shadow root (isolated from the page by the shadow boundary). */
export const LAYER_CSS = `
:host { all: initial; }
.lg-layer { font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #161823; }
.lg-gate { position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: center; justify-content: center;
  background: rgba(22, 24, 35, 0.97); }
.lg-gate-card { background: #fff; border-radius: 12px; padding: 24px; max-width: 420px; box-shadow: 0 8px 32px rgba(0,0,0,.4); }
.lg-gate-card h2 { margin: 0 0 8px; font-size: 20px; }
.lg-gate-card input { font-size: 16px; padding: 4px 8px; width: 10em; }
.lg-gate-card button, .lg-corner button { font-size: 14px; padding: 4px 12px; border-radius: 8px; border: 1px solid #888; background: #fff; cursor: pointer; }
.lg-gate-card [role=alert] { color: #c00; }
/* bottom-left, one row above the overlay's findings toggle (bottom 16px); the findings panel opens
   above both (overlay.css .lg-panel), the complaint form owns the bottom-right */
.lg-corner { position: fixed; left: 16px; bottom: 56px; z-index: 2147483646; display: flex; gap: 8px; align-items: center; }
.lg-countdown { background: #161823; color: #fff; border-radius: 8px; padding: 2px 10px; font-variant-numeric: tabular-nums; }
`;
