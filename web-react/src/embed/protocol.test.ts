import { describe, expect, it } from 'vitest';
import { MAX_TOPICS, cleanTopics } from './protocol.ts';

const json = (value: unknown) => JSON.stringify(value);

describe('cleanTopics', () => {
  it('reads the label, department and skills of each topic, in order', () => {
    expect(
      cleanTopics(
        json([
          { label: 'Buying or pricing', department: 'sales' },
          { label: ' Billing or invoices ', department: 'Support', skills: ['Billing', 'billing'] },
          { label: 'In German', skills: ['german'] },
        ]),
      ),
    ).toEqual([
      { label: 'Buying or pricing', department: 'sales', skills: [] },
      { label: 'Billing or invoices', department: 'support', skills: ['billing'] },
      { label: 'In German', skills: ['german'] },
    ]);
  });

  it('has no topics for a missing, empty or malformed attribute', () => {
    expect(cleanTopics(undefined)).toEqual([]);
    expect(cleanTopics('')).toEqual([]);
    expect(cleanTopics('[{label:')).toEqual([]);
    expect(cleanTopics(json({ label: 'not a list' }))).toEqual([]);
  });

  it('leaves out a topic chat-service would refuse rather than send the chat elsewhere', () => {
    const bad = [
      { department: 'sales' },
      { label: '   ' },
      { label: 'x'.repeat(81) },
      { label: 'Bad lane', department: 'no spaces' },
      { label: 'Bad skill', skills: ['two words'] },
      { label: 'Not a list', skills: 'billing' },
      { label: 'Too many', skills: Array.from({ length: 11 }, (_, i) => `s${i}`) },
      'Just a string',
      null,
    ];
    expect(cleanTopics(json([...bad, { label: 'Fine' }]))).toEqual([{ label: 'Fine', skills: [] }]);
  });

  it(`keeps at most ${MAX_TOPICS} topics`, () => {
    const many = Array.from({ length: MAX_TOPICS + 3 }, (_, i) => ({ label: `Topic ${i}` }));
    expect(cleanTopics(json(many))).toHaveLength(MAX_TOPICS);
  });
});
