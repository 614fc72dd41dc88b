/** An ID in monospace that selects whole on click, for copying into a ticket or a script. */
export function Mono({ children }: { children: string }) {
  return <code className="mono mono--select">{children}</code>;
}
