import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { TextArea } from '../ui/text-area';
import { describeError, type ErrorInfo } from '../../lib/errors';

const VoidAndReissueMutation = graphql(`
  mutation VoidAndReissueInvoice($id: ID!, $reason: String!) {
    voidAndReissueInvoice(id: $id, reason: $reason) {
      id
      number
    }
  }
`);

const MIN_REASON = 3;

/** Voids a finalized invoice and issues its replacement, after asking why (kept on the record). */
export function VoidInvoiceDialog({
  invoice,
  onClose,
}: {
  invoice: { id: string; number: string } | null;
  onClose(replacementId: string | null): void;
}) {
  return (
    <Dialog open={!!invoice} title="Void and re-issue this invoice?" onClose={() => onClose(null)}>
      {invoice && <VoidForm invoice={invoice} onClose={onClose} />}
    </Dialog>
  );
}

function VoidForm({ invoice, onClose }: { invoice: { id: string; number: string }; onClose(replacementId: string | null): void }) {
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [state, run] = useMutation(VoidAndReissueMutation);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setInvalid('Say why it is corrected: the reason stays on the voided invoice and in the audit log.');
      return;
    }
    setInvalid(undefined);
    setError(null);
    const result = await run({ id: invoice.id, reason: reason.trim() });
    if (result.error) {
      const info = describeError(result.error);
      if (info.code === 'BAD_USER_INPUT' && info.field === 'reason') setInvalid(info.message);
      else setError(info);
      return;
    }
    onClose(result.data!.voidAndReissueInvoice.id);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>
        <strong className="mono">{invoice.number}</strong> becomes VOID and a new invoice for the same month is issued from the same usage,
        with today’s corrections (prices, terms). The voided one stays on record.
      </p>
      <TextArea
        label="Reason"
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={invalid}
        maxLength={500}
        rows={3}
      />
      {error && <ErrorAlert error={error} />}
      <div className="form__actions">
        <Button type="button" onClick={() => onClose(null)}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" loading={state.fetching}>
          {state.fetching ? 'Re-issuing…' : 'Void and re-issue'}
        </Button>
      </div>
    </form>
  );
}
