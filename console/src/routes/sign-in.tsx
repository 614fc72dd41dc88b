import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { TextField } from '../components/ui/text-field';
import { HANDLES_UNAUTHENTICATED } from '../lib/client';
import { useSession } from '../lib/client-provider';
import { describeError, rateLimitMessage, type ErrorInfo } from '../lib/errors';
import { nextFromSearch } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';
import { hasErrors, validateSignIn, type FieldErrors, type SignInValues } from '../lib/validation';

// The token in the answer is for scripts; the console relies on the HTTP-only cookie and never asks for it.
const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
      user {
        id
        name
      }
    }
  }
`);

type Field = keyof SignInValues;

export function SignInPage() {
  useDocumentTitle('Sign in');
  const [, navigate] = useLocation();
  const next = nextFromSearch(useSearch());
  const { resetClient } = useSession();
  const [state, signIn] = useMutation(SignInMutation);

  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  // Count the wait down so the message stays true; drop it once it is over.
  useEffect(() => {
    if (retryAt === null) return;
    const timer = window.setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= retryAt) {
        setRetryAt(null);
        setFormError(null);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [retryAt]);

  const change = (field: Field) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.target.value;
    setValues((v) => ({ ...v, [field]: value }));
    // Once a field was flagged, re-check it as the user types so the message goes away when fixed.
    if (fieldErrors[field]) setFieldErrors((errs) => ({ ...errs, [field]: validateSignIn({ ...values, [field]: value })[field] }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    const errors = validateSignIn(values);
    setFieldErrors(errors);
    setFormError(null);
    if (hasErrors(errors)) {
      inputs[errors.email ? 'email' : 'password'].current?.focus();
      return;
    }

    const result = await signIn({ input: { email: values.email.trim(), password: values.password } }, HANDLES_UNAUTHENTICATED);
    if (result.error) {
      const info = describeError(result.error);
      if (info.field === 'email' || info.field === 'password') {
        setFieldErrors({ [info.field]: info.message });
        inputs[info.field].current?.focus();
      } else {
        setFormError(info);
        if (info.retryAfterSeconds) {
          setNow(Date.now());
          setRetryAt(Date.now() + info.retryAfterSeconds * 1000);
        }
      }
      return;
    }
    navigate(next, { replace: true });
    // A fresh client: nothing cached while signed out (a null viewer) may be reused.
    resetClient();
  }

  const message = formError?.code === 'RATE_LIMITED' && retryAt !== null ? rateLimitMessage((retryAt - now) / 1000) : formError?.message;

  return (
    <div className="auth">
      <main className="auth__panel" id="main">
        <div className="auth__brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M9 23V9h3.2v5.4h7.6V9H23v14h-3.2v-5.8h-7.6V23z" fill="#fff" />
          </svg>
          <span>Headroom</span>
        </div>
        <h1 className="auth__title">Sign in to your console</h1>
        <p className="auth__subtitle">GPU compute, hosted models, contracts and billing.</p>

        <form className="form" onSubmit={submit} noValidate aria-describedby={formError ? 'sign-in-error' : undefined}>
          {formError && (
            <div id="sign-in-error">
              <Alert title={formError.code === 'UNAUTHENTICATED' || formError.code === 'RATE_LIMITED' ? undefined : formError.title}>
                {message}
                {formError.requestId && (
                  <>
                    {' '}
                    Request ID <code className="mono">{formError.requestId}</code>
                  </>
                )}
              </Alert>
            </div>
          )}
          <TextField
            ref={inputs.email}
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            autoFocus
            value={values.email}
            onChange={change('email')}
            error={fieldErrors.email}
          />
          <TextField
            ref={inputs.password}
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            value={values.password}
            onChange={change('password')}
            error={fieldErrors.password}
          />
          <Button type="submit" variant="primary" block loading={state.fetching}>
            {state.fetching ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
        <p className="auth__footnote">No account yet? Your organization&rsquo;s owner or your account manager can add you.</p>
      </main>
    </div>
  );
}
