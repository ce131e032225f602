import { describe, expect, it, vi } from 'vitest';
import { identityMessage, widgetMessage } from '../embed/protocol.ts';
import { HOST_TAG, mountWidget, widgetUrl } from './widgetLoader.ts';

const SRC = 'https://chat.example.com/widget/loader.js';

function mount(department?: string) {
  const handle = mountWidget({ scriptSrc: SRC, department });
  if (!handle) {
    throw new Error('not mounted');
  }
  return handle;
}

/** jsdom gives an iframe inside a shadow root no window: lend it the window of a plain iframe. */
function giveWindow(frame: HTMLIFrameElement): Window {
  const stand = document.createElement('iframe');
  document.head.append(stand);
  const win = stand.contentWindow!;
  Object.defineProperty(frame, 'contentWindow', { get: () => win });
  return win;
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

  it('passes the host page to the app as page, only an http(s) one, and never its query or fragment', () => {
    expect(widgetUrl(SRC, 'sales', 'https://shop.example.com/cart?token=secret#top')).toBe(
      'https://chat.example.com/widget/?embed=1&department=sales&page=' +
        encodeURIComponent('https://shop.example.com/cart'),
    );
    expect(widgetUrl(SRC, null, 'file:///C:/secret.html')).toBe('https://chat.example.com/widget/?embed=1');
    expect(widgetUrl(SRC, null, `https://x.example/${'a'.repeat(2000)}`)).toBe(
      'https://chat.example.com/widget/?embed=1',
    );
  });

  it('passes the topics of data-topics to the app, cleaned, after the other parameters', () => {
    const topics = JSON.stringify([
      { label: 'Buying or pricing', department: 'sales' },
      { label: 'Broken', department: 'not a department' },
      { label: 'Billing or invoices', department: 'support', skills: ['billing'] },
    ]);
    const url = new URL(widgetUrl(SRC, 'support', 'https://shop.example.com/', topics));
    expect([...url.searchParams.keys()]).toEqual(['embed', 'department', 'page', 'topics']);
    expect(JSON.parse(url.searchParams.get('topics')!)).toEqual([
      { label: 'Buying or pricing', department: 'sales', skills: [] },
      { label: 'Billing or invoices', department: 'support', skills: ['billing'] },
    ]);
    expect(widgetUrl(SRC, null, null, '[]')).toBe('https://chat.example.com/widget/?embed=1');
    expect(widgetUrl(SRC, null, null, 'not json')).toBe('https://chat.example.com/widget/?embed=1');
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
    const app = giveWindow(handle.iframe()!);
    const send = (origin: string, source: Window) =>
      window.dispatchEvent(new MessageEvent('message', { data: widgetMessage('close'), origin, source }));
    send('https://evil.example', app);
    expect(handle.isOpen()).toBe(true);
    send('https://chat.example.com', window);
    expect(handle.isOpen()).toBe(true);
    send('https://chat.example.com', app);
    expect(handle.isOpen()).toBe(false);
  });

  it('tells the app to take focus once it listens, and on every later open', () => {
    const handle = mount();
    handle.launcher.click();
    const app = giveWindow(handle.iframe()!);
    const post = vi.spyOn(app, 'postMessage');
    expect(post).not.toHaveBeenCalled();
    window.dispatchEvent(
      new MessageEvent('message', {
        data: widgetMessage('ready'),
        origin: 'https://chat.example.com',
        source: app,
      }),
    );
    expect(post).toHaveBeenCalledWith(widgetMessage('opened'), 'https://chat.example.com');
    handle.close();
    handle.open();
    expect(post).toHaveBeenCalledTimes(2);
  });

  it('mounts once even when the snippet is pasted twice', () => {
    mount();
    expect(mountWidget({ scriptSrc: SRC })).toBeNull();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });

  it('hands a verified identity to the app by postMessage to its origin, never in the URL', () => {
    const signature = 'ab'.repeat(32);
    const handle = mountWidget({
      scriptSrc: SRC,
      customer: { id: 'shop-42', signature, name: 'Ann', email: 'not-an-email' },
    })!;
    handle.launcher.click();
    const src = handle.iframe()!.src;
    expect(src).toBe('https://chat.example.com/widget/?embed=1&identity=1');
    expect(src).not.toContain(signature);
    const app = giveWindow(handle.iframe()!);
    const post = vi.spyOn(app, 'postMessage');
    window.dispatchEvent(
      new MessageEvent('message', {
        data: widgetMessage('ready'),
        origin: 'https://chat.example.com',
        source: app,
      }),
    );
    expect(post).toHaveBeenCalledWith(
      identityMessage({ externalId: 'shop-42', signature, name: 'Ann' }),
      'https://chat.example.com',
    );
  });

  it('passes no identity without a well-formed signature', () => {
    const handle = mountWidget({ scriptSrc: SRC, customer: { id: 'shop-42', signature: 'not hex' } })!;
    handle.launcher.click();
    expect(handle.iframe()!.src).toBe('https://chat.example.com/widget/?embed=1');
  });
});
