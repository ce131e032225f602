import type { ConversationEvent, FileView } from '@parley/client-sdk';
import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart } from '../src/format.ts';
import { presenceText } from '../src/ui/presence.ts';
import { formatBytes } from '../src/workspace/AttachmentView.tsx';
import { preview } from '../src/workspace/ConversationList.tsx';
import { percent, readyFiles, room, uploading, type Upload } from '../src/workspace/uploads.ts';

const file = { id: 'f1', name: 'a.txt' } as FileView;
const upload = (over: Partial<Upload>): Upload => ({
  key: 'k',
  name: 'a.txt',
  loaded: 0,
  total: 0,
  file: null,
  error: null,
  ...over,
});

describe('uploads', () => {
  it('sends only uploaded files and waits while one is still going', () => {
    const list = [upload({ file }), upload({ error: 'too large' }), upload({ loaded: 5, total: 10 })];
    expect(readyFiles(list)).toEqual([file]);
    expect(uploading(list)).toBe(true);
    expect(uploading(list.slice(0, 2))).toBe(false);
  });

  it('counts refused files out of the five a message may carry', () => {
    expect(room([upload({ file }), upload({ error: 'x' }), upload({})], 5)).toBe(3);
    expect(
      room(
        Array.from({ length: 6 }, () => upload({ file })),
        5,
      ),
    ).toBe(0);
  });

  it('gives whole percents, 0 while the size is unknown', () => {
    expect(percent({ loaded: 1, total: 3 })).toBe(33);
    expect(percent({ loaded: 5, total: 0 })).toBe(0);
    expect(percent({ loaded: 12, total: 10 })).toBe(100);
  });
});

describe('presenceText', () => {
  it('says how many devices are connected, or that none is', () => {
    expect(presenceText({ agentId: 'a', connected: true, devices: 1 })).toBe('connected (1 device)');
    expect(presenceText({ agentId: 'a', connected: true, devices: 3 })).toBe('connected (3 devices)');
    expect(presenceText({ agentId: 'a', connected: false, devices: 0 })).toBe('not connected');
    expect(presenceText(undefined)).toBeNull();
  });
});

describe('dates of the filters', () => {
  it('covers whole local days, and nothing for an empty field', () => {
    const start = new Date(dayStart('2026-11-25')!);
    const end = new Date(dayEnd('2026-11-25')!);
    expect([start.getDate(), start.getHours(), end.getDate(), end.getHours()]).toEqual([25, 0, 26, 0]);
    expect(dayStart('')).toBeUndefined();
    expect(dayEnd('not a day')).toBeUndefined();
  });
});

describe('file sizes and previews', () => {
  it('formats sizes for people', () => {
    expect([formatBytes(812), formatBytes(14_336), formatBytes(2_621_440)]).toEqual([
      '812 B',
      '14 KB',
      '2.5 MB',
    ]);
  });

  it('previews a message without text by its files', () => {
    const message = (attachments: Array<{ name: string }>) =>
      ({ type: 'MESSAGE', text: '', attachments }) as unknown as ConversationEvent;
    expect(preview({ timeline: [message([{ name: 'shot.png' }])] })).toBe('File: shot.png');
    expect(preview({ timeline: [message([{ name: 'a' }, { name: 'b' }])] })).toBe('2 files');
    expect(preview({ timeline: [] })).toBe('');
  });
});
