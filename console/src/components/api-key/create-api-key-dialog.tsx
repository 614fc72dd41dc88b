import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Button } from '../ui/button';
import { CheckboxGroup } from '../ui/checkbox-group';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { TextField } from '../ui/text-field';
import {
  API_KEY_SCOPES,
  dateInputValue,
  expiryFromDate,
  validateApiKeyForm,
  type ApiKeyField,
  type ApiKeyFormValues,
} from '../../lib/api-keys';
import { describeError, type ErrorInfo } from '../../lib/errors';
import { hasErrors, type FieldErrors } from '../../lib/validation';

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        ...ApiKeyRow
      }
    }
  }
`);

export interface CreatedKey {
  id: string;
  name: string;
  secret: string;
}

export interface CreateApiKeyDialogProps {
  projectId: string;
  projectName: string;
  open: boolean;
  onClose(): void;
  onCreated(key: CreatedKey): void;
}

const FIELDS: readonly ApiKeyField[] = ['name', 'scopes', 'expiresAt'];
const isField = (field: string | undefined): field is ApiKeyField => !!field && (FIELDS as readonly string[]).includes(field);

/** Names a new key, picks its scopes and an optional expiry; checks all of it before sending. */
export function CreateApiKeyDialog({ projectId, projectName, open, onClose, onCreated }: CreateApiKeyDialogProps) {
  return (
    <Dialog open={open} title="Create an API key" onClose={onClose}>
      <CreateApiKeyForm projectId={projectId} projectName={projectName} onCancel={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function CreateApiKeyForm({
  projectId,
  projectName,
  onCancel,
  onCreated,
}: {
  projectId: string;
  projectName: string;
  onCancel(): void;
  onCreated(key: CreatedKey): void;
}) {
  const [state, create] = useMutation(CreateApiKeyMutation);
  const [values, setValues] = useState<ApiKeyFormValues>({ name: '', scopes: ['READ'], expiresOn: '' });
  const [errors, setErrors] = useState<FieldErrors<ApiKeyField>>({});
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const expiryRef = useRef<HTMLInputElement>(null);
  const scopesRef = useRef<HTMLDivElement>(null);

  const focus = (field: ApiKeyField) => {
    if (field === 'name') nameRef.current?.focus();
    else if (field === 'expiresAt') expiryRef.current?.focus();
    else scopesRef.current?.querySelector('input')?.focus();
  };

  const update = (next: ApiKeyFormValues) => {
    setValues(next);
    // A flagged field is re-checked as it changes, so its message goes once it is fixed.
    if (hasErrors(errors)) {
      const fresh = validateApiKeyForm(next);
      setErrors((old) => Object.fromEntries(Object.keys(old).map((k) => [k, fresh[k as ApiKeyField]])));
    }
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    const found = validateApiKeyForm(values);
    setErrors(found);
    setFormError(null);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      focus(first);
      return;
    }
    const expiresAt = values.expiresOn ? expiryFromDate(values.expiresOn) : undefined;
    const result = await create({ input: { projectId, name: values.name.trim(), scopes: values.scopes, expiresAt: expiresAt ?? null } });
    const created = result.data?.createApiKey;
    if (result.error || !created) {
      const info = describeError(result.error ?? { graphQLErrors: [] });
      if (isField(info.field)) {
        setErrors({ [info.field]: info.message });
        focus(info.field);
      } else {
        setFormError(info);
      }
      return;
    }
    onCreated({ id: created.apiKey.id, name: created.apiKey.name, secret: created.secret });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="muted">
        The key acts for <strong>{projectName}</strong> with the scopes you choose.
      </p>
      {formError && <ErrorAlert error={formError} title={formError.code === 'FORBIDDEN' ? 'You cannot create keys here' : undefined} />}
      <TextField
        ref={nameRef}
        label="Name"
        name="name"
        autoComplete="off"
        maxLength={200}
        autoFocus
        value={values.name}
        onChange={(e) => update({ ...values, name: e.target.value })}
        error={errors.name}
        hint="What uses it, e.g. “CI deploys” or “billing export”."
      />
      <div ref={scopesRef}>
        <CheckboxGroup
          legend="Scopes"
          options={API_KEY_SCOPES.map((s) => ({ value: s.scope, label: s.label, description: s.description }))}
          value={values.scopes}
          onChange={(scopes) => update({ ...values, scopes })}
          error={errors.scopes}
        />
      </div>
      <TextField
        ref={expiryRef}
        label="Expires on (optional)"
        name="expiresOn"
        type="date"
        min={dateInputValue(new Date())}
        value={values.expiresOn}
        onChange={(e) => update({ ...values, expiresOn: e.target.value })}
        error={errors.expiresAt}
        hint="The key stops working at the end of this day, your time. Leave empty for a key that does not expire."
      />
      <div className="form__actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" loading={state.fetching}>
          {state.fetching ? 'Creating…' : 'Create key'}
        </Button>
      </div>
    </form>
  );
}
