import { useEffect, useState } from 'react';
import { Button } from './button';

/** Copies with the Clipboard API, else the old way through a selected, hidden textarea. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // No permission or no secure context: fall back below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** A button that copies `value` and says so, to the eye and to screen readers. */
export function CopyButton({
  value,
  label = 'Copy',
  variant = 'secondary',
}: {
  value: string;
  label?: string;
  variant?: 'primary' | 'secondary';
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  return (
    <span className="copy">
      <Button
        variant={variant}
        onClick={() => {
          copyText(value).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {state === 'copied' ? 'Copied' : label}
      </Button>
      <span className={state === 'failed' ? 'copy__status copy__status--failed' : 'visually-hidden'} role="status">
        {state === 'copied' ? 'Copied to the clipboard.' : state === 'failed' ? 'Could not copy. Select the text and copy it.' : ''}
      </span>
    </span>
  );
}
