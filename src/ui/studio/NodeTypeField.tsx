import { useId, useState } from 'react';
import { KNOWN_TYPES, typeName } from '../../model/story/nodeTypes';
import { LIMITS } from '../../model/story/storyLimits';
import { CommitField } from './CommitField';

// No type is empty (the format says so), so the empty value stands for "another type".
const OTHER = '';

/**
 * A node's type, chosen by the name the rest of the product shows ("Organisation", not the file's "organization"):
 * the known types, the story's own, or another typed in.
 */
export function NodeTypeField({ value, storyTypes, onCommit }: { value: string; storyTypes: readonly string[]; onCommit: (type: string) => unknown }) {
  const id = useId();
  const [typing, setTyping] = useState(false);
  const types = [...new Set([...KNOWN_TYPES, ...storyTypes, value])];
  return (
    <div className="studio-field">
      <label htmlFor={id}>Type</label>
      <select
        id={id}
        value={typing ? OTHER : value}
        onChange={(event) => {
          const chosen = event.target.value;
          setTyping(chosen === OTHER);
          if (chosen !== OTHER && chosen !== value) onCommit(chosen);
        }}
      >
        {types.map((type) => (
          <option key={type} value={type}>
            {typeName(type)}
          </option>
        ))}
        <option value={OTHER}>Another type…</option>
      </select>
      {typing && (
        <CommitField
          label="Another type (a word of your own)"
          required
          limit={LIMITS.type}
          value=""
          onCommit={(type) => {
            if (!type.trim()) return false;
            setTyping(false);
            return onCommit(type.trim());
          }}
        />
      )}
    </div>
  );
}
