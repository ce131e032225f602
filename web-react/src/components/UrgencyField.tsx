import { URGENCIES, type Urgency } from '../lib/preChat.ts';

interface UrgencyFieldProps {
  value: Urgency;
  onChange: (value: Urgency) => void;
}

/** "How urgent is it?": native radio buttons in a fieldset (Tab to the group, arrow keys to choose). */
export function UrgencyField({ value, onChange }: UrgencyFieldProps) {
  return (
    <fieldset className="field choice-group">
      <legend>How urgent is it?</legend>
      <div className="choices">
        {URGENCIES.map((urgency) => (
          <label key={urgency.value} className="choice">
            <input
              type="radio"
              name="prechat-urgency"
              value={urgency.value}
              checked={value === urgency.value}
              onChange={() => onChange(urgency.value)}
            />
            {urgency.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
