import type { Topic } from '../embed/protocol.ts';

interface TopicFieldProps {
  topics: readonly Topic[];
  /** The chosen topic's index, '' for none. */
  value: string;
  onChange: (value: string) => void;
}

/** "What is it about?": the widget's topics, optional (the first choice sends none). Hidden without topics. */
export function TopicField({ topics, value, onChange }: TopicFieldProps) {
  if (topics.length === 0) {
    return null;
  }
  return (
    <div className="field">
      <label htmlFor="prechat-topic">What is it about? (optional)</label>
      <select id="prechat-topic" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Something else</option>
        {topics.map((topic, index) => (
          <option key={`${index}-${topic.label}`} value={String(index)}>
            {topic.label}
          </option>
        ))}
      </select>
    </div>
  );
}
