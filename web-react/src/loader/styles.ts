/**
 * The loader's styles, inside its shadow root: the host page's rules cannot reach in, and these cannot leak
 * out. `:host { all: initial }` also stops inherited properties (font, color, line-height) from coming in.
 */
export const loaderStyles = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
.launcher {
  all: initial;
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483647;
  width: 56px; height: 56px; border-radius: 50%;
  display: flex; align-items: center; justify-content: center;
  background: #1d4ed8; color: #ffffff; cursor: pointer;
  box-shadow: 0 4px 14px rgba(15, 23, 42, 0.35);
}
.launcher:hover { background: #1e40af; }
.launcher:focus-visible { outline: 3px solid #0f172a; outline-offset: 3px; box-shadow: 0 0 0 3px #ffffff; }
.launcher svg { width: 28px; height: 28px; fill: currentColor; pointer-events: none; }
.panel {
  position: fixed; right: 20px; bottom: 88px; z-index: 2147483647;
  width: 380px; height: 640px; max-height: calc(100vh - 108px);
  border-radius: 12px; overflow: hidden; background: #ffffff;
  box-shadow: 0 12px 40px rgba(15, 23, 42, 0.3);
}
.panel[hidden] { display: none; }
.panel iframe { display: block; width: 100%; height: 100%; border: 0; }
@media (max-width: 480px), (max-height: 500px) {
  .panel { inset: 0; width: 100%; height: 100%; max-height: none; border-radius: 0; }
  .launcher[aria-expanded='true'] { display: none; }
}
`;

/** A speech bubble (closed) and a cross (open), 24×24 viewBox. */
export const chatIcon =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>';
export const closeIcon =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4L12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z"/></svg>';
