import { describe, expect, it } from 'vitest';
import { widgetMessage } from '../embed/protocol.ts';
import { HOST_TAG, mountWidget, widgetUrl } from './widgetLoader.ts';

const SRC = 'https://chat.example.com/widget/loader.js';

function mount(department?: string) {
  const handle = mountWidget({ scriptSrc: SRC, department });
  if (!handle) {
    throw new Error('not mounted');
  }
  return handle;
}

function pressEscape(target: Element) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
}

describe('widget loader', () => {
  it('puts a labelled chat button in a shadow root, with its own styles', () => {
    const { host, shadow, launcher } = mount();
    expect(host.tagName.toLowerCase()).toBe(HOST_TAG);
    expect(host.shadowRoot).toBe(shadow);
    expect(shadow.querySelector('style')?.textContent).toContain(':host { all: initial; }');
    expect(launcher.getAttribute('aria-label')).toBe('Open chat');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(launcher.type).toBe('button');
    // Nothing of the widget is visible to the page's selectors.
    expect(document.querySelector('button')).toBeNull();
  });

  it('creates no iframe until the button is clicked', () => {
    const handle = mount();
    expect(handle.iframe()).toBeNull();
    handle.launcher.click();
    expect(handle.iframe()).not.toBeNull();
    expect(handle.panel.hidden).toBe(false);
  });

  it('opens the widget app beside the loader with embed=1 and the department', () => {
    const handle = mount('Support');
    handle.launcher.click();
    const frame = handle.iframe()!;
    expect(frame.src).toBe('https://chat.example.com/widget/?embed=1&department=support');
    expect(frame.title).toBe('Chat with us');
    expect(handle.launcher.getAttribute('aria-expanded')).toBe('true');
    expect(handle.launcher.getAttribute('aria-label')).toBe('Close chat');
  });

  it('ignores a department chat-service would refuse', () => {
    expect(widgetUrl(SRC, 'no spaces allowed')).toBe('https://chat.example.com/widget/?embed=1');
    expect(widgetUrl('http://localhost:4173/widget/loader.js')).toBe('http://localhost:4173/widget/?embed=1');
  });

  it('closes on Escape and gives focus back to the button', () => {
    const handle = mount();
    handle.launcher.click();
    pressEscape(handle.launcher);
    expect(handle.isOpen()).toBe(false);
    expect(handle.panel.hidden).toBe(true);
    expect(handle.shadow.activeElement).toBe(handle.launcher);
  });

  it('toggles with the button and keeps the iframe (and the chat) while closed', () => {
    const handle = mount();
    handle.launcher.click();
    const frame = handle.iframe();
    handle.launcher.click();
    expect(handle.isOpen()).toBe(false);
    handle.launcher.click();
    expect(handle.iframe()).toBe(frame);
  });

  it('closes when the app in its iframe asks, but not when another window does', () => {
    const handle = mount();
    handle.launcher.click();
    const frame = handle.iframe()!;
    window.dispatchEvent(
      new MessageEvent('message', {
        data: widgetMessage('close'),
        origin: 'https://evil.example',
        source: frame.contentWindow,
      }),
    );
    expect(handle.isOpen()).toBe(true);
    window.dispatchEvent(
      new MessageEvent('message', {
        data: widgetMessage('close'),
        origin: 'https://chat.example.com',
        source: window,
      }),
    );
    expect(handle.isOpen()).toBe(true);
    window.dispatchEvent(
      new MessageEvent('message', {
        data: widgetMessage('close'),
        origin: 'https://chat.example.com',
        source: frame.contentWindow,
      }),
    );
    expect(handle.isOpen()).toBe(false);
  });

  it('mounts once even when the snippet is pasted twice', () => {
    mount();
    expect(mountWidget({ scriptSrc: SRC })).toBeNull();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });
});
