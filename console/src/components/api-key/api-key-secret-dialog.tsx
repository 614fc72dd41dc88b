import { useId } from 'react';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { Dialog } from '../ui/dialog';
import type { CreatedKey } from './create-api-key-dialog';

/**
 * The new key's secret, shown this once: the server keeps only a hash. Escape does not close it;
 * the person says they have stored it.
 */
export function ApiKeySecretDialog({ created, onClose }: { created: CreatedKey | null; onClose(): void }) {
  const secretId = useId();
  return (
    <Dialog open={!!created} title="Copy your new API key" onClose={onClose} dismissable={false}>
      {created && (
        <div className="form">
          <Alert tone="warning" title="You won’t see this key again">
            Copy it now and store it somewhere safe, such as your secrets manager. Headroom keeps only a hash: if you lose it, revoke it and
            create a new one.
          </Alert>
          <div className="field">
            <label className="field__label" htmlFor={secretId}>
              Secret for “{created.name}”
            </label>
            <div className="secret">
              <input
                id={secretId}
                className="field__input secret__value"
                readOnly
                value={created.secret}
                spellCheck={false}
                autoComplete="off"
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={created.secret} variant="primary" />
            </div>
          </div>
          <p className="field__hint">
            Send it as <code className="mono">Authorization: Bearer hrk_…</code> with each request.
          </p>
          <div className="form__actions">
            <Button onClick={onClose}>I’ve stored the key</Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
