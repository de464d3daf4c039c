import { useState } from 'react';
import { api, call, type Schemas } from '../api.js';
import { Field, Notice, submit, useAction } from '../ui.js';

export function SignIn({ onSignedIn }: { onSignedIn: (operator: Schemas['OperatorResponseDto']) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [status, run, busy] = useAction();
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Wearbridge</h1>
      <form
        onSubmit={submit(() =>
          run(async () => {
            await call(api.POST('/api/v1/auth/session', { body: { email, password } }));
            onSignedIn(await call(api.GET('/api/v1/auth/me')));
            return 'Signed in.';
          }),
        )}
      >
        <Field
          label="Email"
          type="email"
          value={email}
          onChange={setEmail}
          required
          autoComplete="username"
        />
        <Field
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          required
          autoComplete="current-password"
        />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <Notice status={status} />
    </main>
  );
}
