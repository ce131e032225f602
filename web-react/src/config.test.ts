import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('takes the host page from the loader when embedded, without its query string', () => {
    const search = `?embed=1&department=sales&page=${encodeURIComponent('https://shop.example.com/cart?id=7')}`;
    expect(readConfig(search, 'https://chat.example.com/widget/?embed=1')).toEqual({
      embedded: true,
      department: 'sales',
      pageUrl: 'https://shop.example.com/cart',
      topics: [],
      identity: false,
    });
  });

  it('expects a verified identity by postMessage only when embedded with identity=1', () => {
    expect(readConfig('?embed=1&identity=1').identity).toBe(true);
    expect(readConfig('?identity=1').identity).toBe(false);
  });

  it('takes the pre-chat topics the loader passes, embedded or not', () => {
    const topics = [{ label: 'Billing or invoices', department: 'support', skills: ['billing'] }];
    const search = `?embed=1&topics=${encodeURIComponent(JSON.stringify(topics))}`;
    expect(readConfig(search).topics).toEqual(topics);
    expect(readConfig(search.replace('embed=1&', '')).topics).toEqual(topics);
    expect(readConfig('?topics=nonsense').topics).toEqual([]);
  });

  it('uses its own page when standalone, and no page that is not http(s)', () => {
    expect(readConfig('', 'https://chat.example.com/widget/').pageUrl).toBe(
      'https://chat.example.com/widget/',
    );
    expect(readConfig('?page=https://elsewhere.example', 'https://chat.example.com/widget/').pageUrl).toBe(
      'https://chat.example.com/widget/',
    );
    expect(readConfig('?embed=1&page=javascript:alert(1)').pageUrl).toBeUndefined();
  });
});
