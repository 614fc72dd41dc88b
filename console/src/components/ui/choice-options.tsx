/** Something a person picks from a list, by ID. */
export interface Choice {
  id: string;
  label: string;
}

/** A select's options: the "none chosen" entry (value "") first, then each choice. */
export function ChoiceOptions({ choices, none }: { choices: readonly Choice[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {choices.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
    </>
  );
}
