/** A short two-tone beep with the Web Audio API (no sound file). Silently does nothing where audio is unavailable. */
let context: AudioContext | null = null;

export function beep(): void {
  try {
    const Ctx =
      window.AudioContext ??
      (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) {
      return;
    }
    context ??= new Ctx();
    const ctx = context;
    void ctx.resume?.();
    const start = ctx.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.18, 1175],
    ] as const) {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.15);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.16);
    }
  } catch {
    // No audio (autoplay policy, no device): the title and the on-screen notice still alert.
  }
}

/** Browsers let a page make sound only after a user gesture: unlock the context on the first one. */
export function unlockAudioOnFirstGesture(): void {
  const unlock = () => {
    try {
      const Ctx = window.AudioContext;
      if (Ctx) {
        context ??= new Ctx();
        void context.resume();
      }
    } catch {
      // ignore
    }
  };
  window.addEventListener('pointerdown', unlock, { once: true });
  window.addEventListener('keydown', unlock, { once: true });
}
